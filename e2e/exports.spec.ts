import fs from "node:fs/promises";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { request as playwrightRequest, type Download, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expect, message, test } from "./fixtures";
import { ExportsPage } from "./pages/exports-page";
import { SignInPage } from "./pages/sign-in-page";

/**
 * The secretariat downloads the seeded consultation's comments in every format and each file is read
 * back as a spreadsheet or a program would. Read-only: nothing in the shared data changes.
 */

/** Bodies of the seeded demo discussion (db/seed/demo-discussion.ts), one per objective it uses. */
const DEMO_BODIES = {
  5: "Regular pathways should include **portable social protection**: workers who move under labour mobility schemes lose years of contributions.\n\n- recognise contributions across borders\n- let workers change employer without losing status",
  6: "Les frais de recrutement payés par les travailleurs restent la règle dans plusieurs corridors. Il faut appliquer le principe *employeur payeur*.",
  15: "Access to basic services regardless of status is a public health measure as much as a human rights one.",
} as const;

/** Signs in (through the English form) and lands on the exports page in the given language. */
async function signInTo(page: Page, email: string, locale = "en"): Promise<ExportsPage> {
  const signIn = new SignInPage(page);
  await signIn.goto({ callbackUrl: ExportsPage.path(locale) });
  await signIn.signIn(email, DEMO_PASSWORD);
  await page.waitForURL(`**${ExportsPage.path(locale)}`);
  return new ExportsPage(page, locale);
}

async function read(download: Download): Promise<Buffer> {
  return fs.readFile((await download.path())!);
}

test.describe("exports", () => {
  // Three downloads and their parsing on a busy machine take longer than one page's interactions.
  test.slow();

  test("the secretariat downloads CSV, XLSX and JSON holding the demo comments", async ({ page }) => {
    const exportsPage = await signInTo(page, DEMO.secretariat.email);
    await expect(exportsPage.heading).toBeVisible();
    await expect(exportsPage.status).toHaveValue("published");

    const csvFile = await exportsPage.download("csv");
    expect(csvFile.suggestedFilename()).toMatch(/^gcm-comments-published-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await read(csvFile);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    for (const [objective, body] of Object.entries(DEMO_BODIES)) {
      const row = rows.find((r) => r.body === body);
      expect(row, `objective ${objective}`).toMatchObject({ objective_number: objective, status: "published", depth: "0" });
      expect(row!.permalink).toMatch(new RegExp(`^http://localhost:\\d+/en/consultations/gcm/objectives/${objective}\\?at=${row!.id}#comment-${row!.id}$`));
    }
    const reply = rows.find((r) => r.body.startsWith("Our delegation supports bilateral agreements"));
    expect(reply).toMatchObject({ depth: "1", stakeholder_group: "member_state", official: "true", verified: "true" });
    expect(csv.toString("utf8")).not.toContain("@example.org");

    const xlsxFile = await exportsPage.download("xlsx");
    expect(xlsxFile.suggestedFilename()).toMatch(/^gcm-comments-published-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await read(xlsxFile)).buffer);
    expect(book.worksheets).toHaveLength(24);
    expect(book.worksheets[0].name).toBe("Overview");
    for (const [objective, body] of Object.entries(DEMO_BODIES)) {
      const sheet = book.getWorksheet(`Objective ${objective}`)!;
      const bodies: readonly unknown[] = sheet.getColumn(19).values;
      expect(bodies, `objective ${objective}`).toContain(body.replace(/\r\n?/g, "\n"));
      expect(sheet.getRow(1).getCell(19).value).toBe("Comment");
    }

    const jsonFile = await exportsPage.download("json");
    expect(jsonFile.suggestedFilename()).toMatch(/^gcm-comments-published-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse((await read(jsonFile)).toString("utf8"));
    expect(json).toMatchObject({ schema: "consultation-hub/export/v1", consultation: { slug: "gcm" }, filters: { status: "published" } });
    expect(json.objectives).toHaveLength(23);
    for (const body of Object.values(DEMO_BODIES)) expect(json.comments.map((c: { body: string }) => c.body)).toContain(body);
    expect(json.comments).toHaveLength(json.total);
  });

  test("the filters choose what the file holds", async ({ page }) => {
    const exportsPage = await signInTo(page, DEMO.secretariat.email);
    await exportsPage.objective.selectOption("6");
    await exportsPage.status.selectOption("all");
    await exportsPage.from.fill("2020-01-01");
    const download = await exportsPage.download("csv");
    expect(download.suggestedFilename()).toMatch(/^gcm-comments-objective-6-all-from-2020-01-01-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parse(await read(download), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.objective_number))).toEqual(new Set(["6"]));
    expect(rows.map((r) => r.body)).toContain(DEMO_BODIES[6]);
  });

  test("a participant is refused at the page and at the URL; so is a request without a session", async ({ page, baseURL }) => {
    const exportsPage = await signInTo(page, DEMO.diaspora.email);
    await expect(exportsPage.refusal).toBeVisible();
    await expect(exportsPage.button("csv")).toHaveCount(0);
    const asParticipant = await page.request.get("/api/consultations/gcm/export?format=csv");
    expect(asParticipant.status()).toBe(403);

    const anonymous = await playwrightRequest.newContext({ baseURL });
    const replayed = await anonymous.get("/api/consultations/gcm/export?format=csv");
    expect(replayed.status()).toBe(401);
    expect(await replayed.json()).toMatchObject({ error: "forbidden.signInRequired" });
    await anonymous.dispose();
  });

  for (const locale of ["en", "ar"]) {
    test(`axe: the exports page in ${locale}`, async ({ page, axe }) => {
      const exportsPage = await signInTo(page, DEMO.secretariat.email, locale);
      await expect(exportsPage.heading).toBeVisible();
      await expect(exportsPage.button("xlsx")).toBeVisible();
      await expect(page.getByRole("heading", { name: message(locale, "exportsPage.openData"), level: 2 })).toBeVisible();
      await axe();
    });
  }
});
