import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getConnection, getDb, queryCounter, selectPreparedRows, selectRows } from "@/db/client";

/**
 * The XLSX export's batches come through selectPreparedRows, prepared on PostgreSQL: after five runs
 * the server may keep one plan for any values, so each run must still answer with its own values.
 */

describe("selectPreparedRows", () => {
  it("returns the rows with the columns as the statement names them", async () => {
    const rows = await selectPreparedRows<{ n: number; label: string }>(
      sql`SELECT n, 'row ' || n AS label FROM generate_series(1, ${3}::int) AS n ORDER BY n`,
    );
    expect(rows).toEqual([
      { n: 1, label: "row 1" },
      { n: 2, label: "row 2" },
      { n: 3, label: "row 3" },
    ]);
  });

  it("answers each of many runs of one statement with that run's values", async () => {
    const statement = (upTo: number) => sql`SELECT count(*)::int AS n, max(g)::int AS top FROM generate_series(1, 1000) AS g WHERE g <= ${upTo}`;
    for (const upTo of [1, 900, 2, 500, 3, 1000, 4, 10, 999, 0]) {
      expect(await selectPreparedRows(statement(upTo))).toEqual([{ n: upTo, top: upTo === 0 ? null : upTo }]);
    }
  });

  it("counts its statement like every other query", async () => {
    const before = queryCounter.count;
    await selectPreparedRows(sql`SELECT 1 AS one`);
    expect(queryCounter.count).toBe(before + 1);
  });

  it("runs on PostgreSQL on the connections of its own, not the pool's", async () => {
    const name = sql`SELECT current_setting('application_name') AS name`;
    const [own] = await selectPreparedRows<{ name: string }>(name);
    const [pooled] = await selectRows<{ name: string }>(getDb(), name);
    if (getConnection().driver === "postgres") {
      expect(own.name).toBe("consultation-hub-exports");
      expect(pooled.name).toBe("consultation-hub");
    } else {
      expect(own.name).toBe(pooled.name);
    }
  });
});
