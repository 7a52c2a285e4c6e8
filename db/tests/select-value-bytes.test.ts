import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getConnection, queryCounter, selectValueBytes } from "@/db/client";

/** The CSV export's batches come through selectValueBytes: bytes on PostgreSQL, text on PGlite. */

const asText = (value: Uint8Array | string | null) => (value === null || typeof value === "string" ? value : Buffer.from(value).toString("utf8"));

describe("selectValueBytes", () => {
  it("returns the value as UTF-8 bytes on PostgreSQL and as text on PGlite, parameters bound", async () => {
    const text = "Égalité, \"quotes\", العربية, 中文 and a line\r\nbreak";
    const value = await selectValueBytes(sql`SELECT ${text}::text || '!' AS v`);
    if (getConnection().driver === "postgres") expect(value).toBeInstanceOf(Uint8Array);
    else expect(typeof value).toBe("string");
    expect(asText(value)).toBe(`${text}!`);
  });

  it("returns null for a null value and for no row", async () => {
    expect(await selectValueBytes(sql`SELECT NULL::text AS v`)).toBeNull();
    expect(await selectValueBytes(sql`SELECT 'x'::text AS v WHERE false`)).toBeNull();
  });

  it("counts its statement like every other query", async () => {
    const before = queryCounter.count;
    await selectValueBytes(sql`SELECT 'x'::text AS v`);
    expect(queryCounter.count).toBe(before + 1);
  });
});
