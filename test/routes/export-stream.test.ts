import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/consultations/[slug]/export/route";
import { getDb, queryCounter } from "@/db/client";
import type { Consultation } from "@/db/schema";
import { COLUMNS } from "@/lib/exports/columns";
import { EXPORT_BATCH_SIZE } from "@/lib/exports/ranges";
import { appoint, createConsultation, createUser, sessionCookie } from "@/test/factories";

/**
 * An export streams: its first bytes leave before the last batch is even queried, so memory holds a
 * batch, not the consultation. 20,000 comments here; the 100,000-comment figures are in the README.
 */

const COMMENTS = 20_000;
const BATCHES = COMMENTS / EXPORT_BATCH_SIZE;
let consultation: Consultation;
let cookie: string;

beforeAll(async () => {
  const created = await createConsultation({}, 2);
  consultation = created.consultation;
  const author = await createUser();
  // Set-based: one statement, half the comments under each objective.
  await getDb().execute(sql`
    WITH fresh AS (SELECT gen_random_uuid() AS id, g FROM generate_series(1, ${COMMENTS}) AS g)
    INSERT INTO comments (id, root_id, consultation_id, objective_id, author_id, body, locale, stance, status, created_at)
    SELECT id, id, ${consultation.id}, CASE WHEN g % 2 = 0 THEN ${created.objectives[0].id}::uuid ELSE ${created.objectives[1].id}::uuid END,
      ${author.id}, 'Comment number ' || g, 'en', 'supports', 'published', now() - make_interval(secs => g)
    FROM fresh`);
  const secretariat = await createUser();
  await appoint(secretariat, consultation, "secretariat");
  cookie = await sessionCookie(secretariat);
}, 120_000);

async function open(format: string): Promise<ReadableStreamDefaultReader<Uint8Array>> {
  const request = new NextRequest(`http://localhost:3000/api/consultations/${consultation.slug}/export?format=${format}`, {
    headers: { host: "localhost:3000", "x-forwarded-proto": "http", cookie },
  });
  const response = await GET(request, { params: Promise.resolve({ slug: consultation.slug }) });
  expect(response.status).toBe(200);
  return response.body!.getReader();
}

describe.each(["csv", "xlsx", "json"])("a %s export of 20,000 comments", (format) => {
  it("sends its first bytes before it queries the last batch, and all rows in the end", async () => {
    const before = queryCounter.count;
    const reader = await open(format);
    const first = await reader.read();
    expect(first.done).toBe(false);
    const queriesForFirstChunk = queryCounter.count - before;
    // The actor, the consultation, the objectives, the counts, and at most the first batch.
    expect(queriesForFirstChunk).toBeLessThan(8);

    const chunks = [Buffer.from(first.value!)];
    let largest = first.value!.byteLength;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      chunks.push(Buffer.from(value));
      largest = Math.max(largest, value.byteLength);
    }
    const total = chunks.reduce((sum, c) => sum + c.byteLength, 0);
    expect(queryCounter.count - before).toBeGreaterThanOrEqual(queriesForFirstChunk + BATCHES);
    // No chunk holds the file: each is at most a batch's worth.
    expect(largest).toBeLessThan(total / 5);
    if (format === "csv") {
      const rows = parse(Buffer.concat(chunks).toString("utf8"), { bom: true, columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(COMMENTS);
      // Objective by objective, oldest first, across chunks and batches alike.
      const order = rows.map((row) => `${row.objective_number.padStart(2, "0")} ${row.created_at}`);
      expect(order).toEqual([...order].sort());
    }
    if (format === "xlsx") {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await new Blob(chunks).arrayBuffer());
      // The overview, then one sheet per objective: every row numbered in turn, oldest first.
      const created = COLUMNS.findIndex((column) => column.key === "created_at") + 1;
      const sheets = book.worksheets.slice(1);
      expect(sheets.reduce((sum, sheet) => sum + sheet.rowCount - 1, 0)).toBe(COMMENTS);
      for (const sheet of sheets) {
        const times = (sheet.getColumn(created).values as (Date | string)[]).slice(2).map((value) => new Date(value).getTime());
        expect(times).toHaveLength(sheet.rowCount - 1);
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }
    }
    if (format === "json") expect(JSON.parse(Buffer.concat(chunks).toString("utf8")).comments).toHaveLength(COMMENTS);
  }, 120_000);
});

it("stops querying when the download is cancelled", async () => {
  const before = queryCounter.count;
  const reader = await open("csv");
  await reader.read();
  await reader.read();
  await reader.cancel();
  const afterCancel = queryCounter.count;
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(queryCounter.count).toBe(afterCancel);
  expect(afterCancel - before).toBeLessThan(10);
});
