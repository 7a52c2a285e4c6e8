import fs from "node:fs/promises";
import JSZip from "jszip";
import type { Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expect, message, test } from "./fixtures";
import { signIn } from "./participants";
import { CompilationPage } from "./pages/secretariat-compilation";
import { SecretariatDashboard } from "./pages/secretariat-dashboard";
import { SignInPage } from "./pages/sign-in-page";
import { SynthesisPage } from "./pages/secretariat-synthesis";

/**
 * The secretariat's tools on the seeded consultation: the dashboard, a synthesis (objective 23,
 * this spec's own), a quote highlighted on objective 5 (a demo comment), the compilation as a print
 * view and as a DOCX. Only syntheses and highlights are written; other specs' comments on
 * objectives 5-16 may add to the counts, so counts are checked as "at least" the demo's.
 */

const SYNTHESIS_OBJECTIVE = 23;
const SYNTHESIS_TITLE = "Strengthen international cooperation and global partnerships for safe, orderly and regular migration";
const QUOTE_OBJECTIVE = 5;
const QUOTE_TITLE = "Enhance availability and flexibility of pathways for regular migration";
const QUOTE = "Regular pathways should include";
const SYNTHESIS = "Participants call for **stronger partnerships** between countries of origin, transit and destination.";
const SYNTHESIS_TEXT = "Participants call for stronger partnerships between countries of origin, transit and destination.";

/**
 * Signs in as the secretariat, landing on `path`. The staff pages are the heaviest of the app (their
 * first render runs every aggregate), so the landing gets more time than signIn() gives.
 */
async function asSecretariat(page: Page, path: string): Promise<void> {
  const form = new SignInPage(page);
  await form.goto({ callbackUrl: path });
  await form.signIn(DEMO.secretariat.email, DEMO_PASSWORD);
  await expect(page).toHaveURL((url) => url.pathname === path, { timeout: 30_000 });
}

/** The paragraphs of a DOCX file as plain text, one per line. */
async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(path));
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "").replace(/&amp;/g, "&");
}

test("the secretariat reads the dashboard, writes a synthesis, highlights a quote and compiles them", async ({ page }) => {
  test.setTimeout(90_000);
  const dashboard = new SecretariatDashboard(page);
  await asSecretariat(page, "/en/consultations/gcm/secretariat");
  await expect(dashboard.heading).toBeVisible();

  // The demo discussion: a thread of three on objective 5, one comment on 6, one on 15.
  await expect(dashboard.matrix).toBeVisible();
  expect(await dashboard.count(5, "civil_society")).toBeGreaterThanOrEqual(1);
  expect(await dashboard.count(5, "member_state")).toBeGreaterThanOrEqual(1);
  expect(await dashboard.count(5, "diaspora")).toBeGreaterThanOrEqual(1);
  expect(await dashboard.count(6, "diaspora")).toBeGreaterThanOrEqual(1);
  expect(await dashboard.count(15, "member_state")).toBeGreaterThanOrEqual(1);
  expect(await dashboard.count(SYNTHESIS_OBJECTIVE, "civil_society")).toBe(0);

  // A synthesis for objective 23, reached from its row of the matrix, survives a reload.
  await dashboard.synthesisLink(SYNTHESIS_OBJECTIVE).click();
  const synthesis = new SynthesisPage(page);
  await expect(page).toHaveURL(/\/en\/consultations\/gcm\/secretariat\/synthesis\/23$/);
  await expect(synthesis.save).toBeEnabled();
  await synthesis.body.fill(SYNTHESIS);
  await synthesis.save.click();
  await expect(synthesis.main.getByRole("status").filter({ hasText: message("en", "synthesis.saved") })).toBeVisible();
  await page.reload();
  await expect(synthesis.body).toHaveValue(SYNTHESIS);
  await expect(synthesis.main.getByText(new RegExp(`^Last edited by ${DEMO.secretariat.name} on `))).toBeVisible();

  // A demo comment of objective 5 becomes a quote.
  await synthesis.goto(QUOTE_OBJECTIVE);
  const comment = synthesis.comment(QUOTE);
  const highlight = comment.getByRole("button", { name: message("en", "synthesis.highlight"), exact: true });
  if (await highlight.isVisible()) await highlight.click();
  await expect(synthesis.quote(QUOTE)).toBeVisible();
  await expect(comment.getByRole("button", { name: message("en", "synthesis.removeHighlight"), exact: true })).toBeVisible();

  // The print view holds both, each under its objective.
  const compilation = new CompilationPage(page);
  await compilation.goto();
  await expect(compilation.heading).toBeVisible();
  await expect(compilation.objective(SYNTHESIS_OBJECTIVE, SYNTHESIS_TITLE)).toContainText(SYNTHESIS_TEXT);
  await expect(compilation.objective(QUOTE_OBJECTIVE, QUOTE_TITLE)).toContainText(QUOTE);
  await expect(compilation.objective(QUOTE_OBJECTIVE, QUOTE_TITLE)).toContainText("Migrant Rights Network Kenya");

  // Printed, it is the document alone: no site header, no tools.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(compilation.download).toBeHidden();
  await expect(compilation.heading).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // The DOCX says the same.
  await compilation.language.selectOption("en");
  const [download] = await Promise.all([page.waitForEvent("download"), compilation.download.click()]);
  expect(download.suggestedFilename()).toBe("compilation-gcm-en.docx");
  const text = await docxText(await download.path());
  expect(text).toContain("Compilation of stakeholder input");
  expect(text).toContain(`Objective ${SYNTHESIS_OBJECTIVE}: ${SYNTHESIS_TITLE}`);
  expect(text).toContain(SYNTHESIS_TEXT);
  expect(text).toContain(QUOTE);
  expect(text).toContain("Civil society organization · Migrant Rights Network Kenya · Kenya");
});

test("a participant is refused the dashboard, the synthesis, the compilation and its download", async ({ page }) => {
  await signIn(page, DEMO.diaspora.email);
  const refused = message("en", "errors.forbidden.notStaff");
  for (const path of ["secretariat", "secretariat/synthesis/23", "secretariat/compilation"]) {
    await page.goto(`/en/consultations/gcm/${path}`);
    await expect(page.getByRole("heading", { level: 1, name: message("en", "dashboard.refusedTitle") })).toBeVisible();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(refused);
  }
  const response = await page.request.get("/api/consultations/gcm/compilation?format=docx&locale=en");
  expect(response.status()).toBe(403);
});

test("the download URL replayed without a session is refused", async ({ request }) => {
  const response = await request.get("/api/consultations/gcm/compilation?format=docx&locale=en");
  expect(response.status()).toBe(401);
});

for (const locale of ["en", "ar"]) {
  test.describe(`axe (${locale})`, () => {
    // axe reads every cell of the matrix and the compilation: slow on a busy machine.
    test.describe.configure({ timeout: 90_000 });

    test("dashboard, its tables shown", async ({ page, axe }) => {
      await asSecretariat(page, `/${locale}/consultations/gcm/secretariat`);
      const dashboard = new SecretariatDashboard(page, locale);
      await expect(dashboard.heading).toBeVisible();
      await dashboard.showTables();
      await expect(page.locator("[role=img] svg").first()).toBeVisible();
      await axe({ label: `dashboard (${locale})` });
    });

    test("synthesis page", async ({ page, axe }) => {
      await asSecretariat(page, `/${locale}/consultations/gcm/secretariat/synthesis/${QUOTE_OBJECTIVE}`);
      await new SynthesisPage(page, locale).goto(QUOTE_OBJECTIVE);
      await axe({ label: `synthesis page (${locale})` });
    });

    test("print view", async ({ page, axe }) => {
      await asSecretariat(page, `/${locale}/consultations/gcm/secretariat/compilation`);
      await expect(new CompilationPage(page, locale).heading).toBeVisible();
      await axe({ label: `print view (${locale})` });
    });
  });
}
