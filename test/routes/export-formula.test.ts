import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutralize, startsFormula, xlsxText } from "@/lib/exports/cells";
import { csvChunks } from "@/lib/exports/csv";
import type { PreparedExport } from "@/lib/exports/query";
import type { ExportRow } from "@/lib/exports/rows";
import { translator } from "@/lib/exports/translate";
import { xlsxChunks } from "@/lib/exports/xlsx";

/**
 * Whatever people type, no cell of an exported CSV or XLSX file can start a formula: the property is
 * checked on the files as a spreadsheet reads them back, for arbitrary text in every text field.
 */

const FORMULA_PREFIXES = ["=", "+", "-", "@", "\t", "\r", "\r\n=", "\x01=", "=cmd|' /C calc'!A0", "@SUM(1)"];

/** Any text, often starting like a formula. */
const text = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.tuple(fc.constantFrom(...FORMULA_PREFIXES), fc.string({ unit: "grapheme" })).map(([prefix, rest]) => prefix + rest),
);

const row = fc
  .record({ body: text, name: text, pseudonym: text, organization: text, tag: text, reason: text, moderator: text, title: text })
  .map(
    (t): ExportRow => ({
      id: "00000000-0000-4000-8000-000000000001",
      permalink: "http://localhost:3000/en/consultations/c/objectives/1?at=x#comment-x",
      objective: { number: 1, title: t.title },
      parentId: null,
      rootId: "00000000-0000-4000-8000-000000000001",
      depth: 0,
      author: { name: t.name, pseudonym: t.pseudonym, organization: t.organization, stakeholderGroup: "diaspora", country: "PH", region: "asia", verified: false },
      official: false,
      language: "en",
      stance: "supports",
      tags: [t.tag],
      body: t.body,
      status: "hidden",
      deletedAt: null,
      moderation: { action: "hide", reasonCode: t.reason, reasonText: t.reason, moderator: t.moderator, at: new Date("2026-01-01T00:00:00Z") },
      createdAt: new Date("2026-01-01T00:00:00Z"),
      editedAt: null,
      endorsements: { total: 0, byGroup: {} },
      flagCount: 0,
    }),
  );

function prepared(rows: ExportRow[], title: string): PreparedExport {
  return {
    overview: {
      consultation: { slug: "c", title, status: "open" },
      generatedAt: new Date(),
      filters: { status: "all" },
      total: rows.length,
      byStatus: { published: 0, pending: 0, hidden: rows.length, rejected: 0, deleted: 0 },
      objectives: [{ id: "o", number: 1, shortTitle: title, title, count: rows.length }],
    },
    async *batches() {
      if (rows.length > 0) yield rows;
    },
  };
}

async function collect(chunks: AsyncIterable<string | Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

describe("no exported cell starts a formula", () => {
  it("neutralizes exactly the texts that would start one", () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(startsFormula(neutralize(value))).toBe(false);
        expect(startsFormula(xlsxText(value))).toBe(false);
        if (!startsFormula(value)) expect(neutralize(value)).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it("in CSV, as a CSV reader reads it back", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 5 }), async (rows) => {
        const csv = (await collect(csvChunks(prepared(rows, "title")))).toString("utf8");
        const records = parse(csv, { bom: true, relax_quotes: false }) as string[][];
        expect(records).toHaveLength(rows.length + 1);
        for (const record of records) for (const cell of record) expect(startsFormula(cell), JSON.stringify(cell)).toBe(false);
        expect(records.slice(1).map((r) => r[18])).toEqual(rows.map((r) => neutralize(r.body!)));
      }),
      { numRuns: 200 },
    );
  });

  it("in XLSX, as a spreadsheet reads it back", async () => {
    const t = await translator("en");
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 5 }), text, async (rows, title) => {
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(new Uint8Array(await collect(xlsxChunks(prepared(rows, title), t))).buffer);
        for (const sheet of book.worksheets) {
          sheet.eachRow((sheetRow) =>
            sheetRow.eachCell((cell) => {
              expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
              if (typeof cell.value === "string") expect(startsFormula(cell.value), JSON.stringify(cell.value)).toBe(false);
            }),
          );
        }
        const sheet = book.getWorksheet("Objective 1")!;
        const bodies = rows.map((_, i) => sheet.getRow(i + 2).getCell(19).value ?? "");
        expect(bodies).toEqual(rows.map((r) => xlsxText(r.body!)));
      }),
      { numRuns: 40 },
    );
  });
});
