import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getConnection, queryCounter, selectJoinedBytes } from "@/db/client";

/** The CSV export's batches come through selectJoinedBytes: bytes on PostgreSQL, text on PGlite. */

const asText = (value: Uint8Array | string | null) => (value === null || typeof value === "string" ? value : Buffer.from(value).toString("utf8"));

describe("selectJoinedBytes", () => {
  it("returns the value as UTF-8 bytes on PostgreSQL and as text on PGlite, parameters bound", async () => {
    const text = "Égalité, \"quotes\", العربية, 中文 and a line\r\nbreak";
    const value = await selectJoinedBytes(sql`SELECT ${text}::text || '!' AS v`);
    if (getConnection().driver === "postgres") expect(value).toBeInstanceOf(Uint8Array);
    else expect(typeof value).toBe("string");
    expect(asText(value)).toBe(`${text}!`);
  });

  it("joins the rows' values in the statement's order, skipping nulls", async () => {
    const value = await selectJoinedBytes(
      sql`SELECT CASE WHEN n = 3 THEN NULL ELSE 'line ' || n || E'\r\n' END AS v FROM generate_series(${5}::int, 1, -1) AS n ORDER BY n DESC`,
    );
    expect(asText(value)).toBe("line 5\r\nline 4\r\nline 2\r\nline 1\r\n");
  });

  it("returns null for no row", async () => {
    expect(await selectJoinedBytes(sql`SELECT 'x'::text AS v WHERE false`)).toBeNull();
  });

  it("counts its statement like every other query", async () => {
    const before = queryCounter.count;
    await selectJoinedBytes(sql`SELECT 'x'::text AS v`);
    expect(queryCounter.count).toBe(before + 1);
  });

  // Prepared on PostgreSQL: after five runs the server may keep one plan for any values.
  it("answers each of many runs of one statement with that run's value", async () => {
    for (const word of ["one", "two", "three", "four", "five", "six", "seven", "eight"]) {
      expect(asText(await selectJoinedBytes(sql`SELECT upper(${word}::text) AS v`))).toBe(word.toUpperCase());
    }
  });
});
