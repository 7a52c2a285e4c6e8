import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { neutralize, startsFormula, xlsxText } from "@/lib/exports/cells";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { commentTags, comments, moderationDecisions, objectives as objectivesTable, tags } from "@/db/schema";
import { COLUMNS } from "@/lib/exports/columns";
import { csvChunks } from "@/lib/exports/csv";
import { prepareExport, type PreparedExport } from "@/lib/exports/query";
import { translator } from "@/lib/exports/translate";
import { xlsxChunks } from "@/lib/exports/xlsx";
import { actorFor, appoint, createComment, createConsultation, createUser } from "@/test/factories";

/**
 * Whatever people type, no cell of an exported CSV or XLSX file can start a formula: the property is
 * checked on the files as a spreadsheet reads them back, for arbitrary text in every text field.
 * Both files' rows come from the database.
 */

const FORMULA_PREFIXES = ["=", "+", "-", "@", "\t", "\r", "\r\n=", "\x01=", "=cmd|' /C calc'!A0", "@SUM(1)"];

/** Any text, often starting like a formula. */
const text = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.tuple(fc.constantFrom(...FORMULA_PREFIXES), fc.string({ unit: "grapheme" })).map(([prefix, rest]) => prefix + rest),
);

const BODY = COLUMNS.findIndex((column) => column.key === "body");

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

  describe("for text as the database stores it", () => {
    // The database writes the CSV lines and the XLSX rows, so the text goes through it: 150 arbitrary
    // values per field, without NUL (PostgreSQL refuses it) and with lone surrogates as the driver
    // stores them.
    let data: PreparedExport;
    let stored: string[];

    beforeAll(async () => {
      const samples = fc.sample(fc.record({ body: text, name: text, pseudonym: text, organization: text, tag: text, reason: text }), { numRuns: 150, seed: 7 });
      const storable = (value: string) => value.replaceAll("\0", "").toWellFormed();
      const { consultation, objectives } = await createConsultation({}, 1);
      await getDb().update(objectivesTable).set({ title: storable(samples[0].name) }).where(eq(objectivesTable.id, objectives[0].id));
      const moderator = await createUser({ name: storable(samples[1].name) });
      const preferences = ["name_and_organization", "organization_only", "pseudonym"] as const;
      for (const [i, sample] of samples.entries()) {
        const author = await createUser({
          name: storable(sample.name),
          pseudonym: storable(sample.pseudonym),
          organization: storable(sample.organization),
          publicationPreference: preferences[i % 3],
        });
        const comment = await createComment(objectives[0], author, { body: storable(sample.body), status: "hidden" });
        const [tag] = await getDb()
          .insert(tags)
          .values({ consultationId: consultation.id, kind: "principle", key: `t${i}`, label: storable(sample.tag) })
          .returning();
        await getDb().insert(commentTags).values({ commentId: comment.id, tagId: tag.id });
        const reason = storable(sample.reason);
        await getDb()
          .insert(moderationDecisions)
          .values({ consultationId: consultation.id, commentId: comment.id, actorId: moderator.id, action: "hide", reasonCode: reason, reasonText: reason });
      }
      const secretariat = await createUser();
      await appoint(secretariat, consultation, "secretariat");
      data = await prepareExport(await actorFor(secretariat), consultation.slug, { status: "all" }, { base: "http://localhost:3000", locale: "en" });
      stored = (await getDb().select({ body: comments.body }).from(comments).where(eq(comments.objectiveId, objectives[0].id))).map((c) => c.body);
      expect(stored).toHaveLength(samples.length);
    }, 60_000);

    it("in CSV, as a CSV reader reads it back", async () => {
      const records = parse((await collect(csvChunks(data))).toString("utf8"), { bom: true, relax_quotes: false }) as string[][];
      expect(records).toHaveLength(stored.length + 1);
      for (const record of records) for (const cell of record) expect(startsFormula(cell), JSON.stringify(cell)).toBe(false);
      expect(records.slice(1).map((r) => r[BODY]).sort()).toEqual(stored.map(neutralize).sort());
    });

    it("in XLSX, as a spreadsheet reads it back", async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(new Uint8Array(await collect(xlsxChunks(data, await translator("en")))).buffer);
      for (const sheet of book.worksheets) {
        sheet.eachRow((sheetRow) =>
          sheetRow.eachCell((cell) => {
            expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
            if (typeof cell.value === "string") expect(startsFormula(cell.value), JSON.stringify(cell.value)).toBe(false);
          }),
        );
      }
      const bodies: ExcelJS.CellValue[] = [];
      book.getWorksheet("Objective 1")!.eachRow((sheetRow, n) => {
        if (n > 1) bodies.push(sheetRow.getCell(BODY + 1).value ?? "");
      });
      expect(bodies.sort()).toEqual(stored.map(xlsxText).sort());
    });
  });
});
