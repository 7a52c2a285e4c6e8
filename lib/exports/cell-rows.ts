import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb, selectRows } from "@/db/client";
import { batchValues } from "./batch-values";
import { COLUMNS, type CellValue } from "./columns";
import { valueName } from "./csv-cells";

const DATE_COLUMNS = COLUMNS.flatMap((column, i) => (column.type === "date" ? [i] : []));

/**
 * The cells of the comments matching `where` (a batch's range), one array per comment in COLUMNS
 * order, in (created_at, id) order: the values the CSV file is written from, handed over as one JSON
 * text per batch, which costs the server far less to read than forty-odd values per row through the
 * driver and the query builder. Dates come back as Date.
 */
export async function cellRows(where: SQL, permalinkStart: string): Promise<CellValue[][]> {
  const [batch] = await selectRows<{ cells: string | null }>(
    getDb(),
    sql`SELECT json_agg(json_build_array(${sql.join(
      COLUMNS.map((_, i) => valueName(i)),
      sql`, `,
    )}) ORDER BY created_at, id)::text AS cells
      FROM (${batchValues(where, permalinkStart)}) v`,
  );
  if (!batch?.cells) return [];
  const rows = JSON.parse(batch.cells) as CellValue[][];
  for (const row of rows) {
    for (const i of DATE_COLUMNS) if (row[i] !== null) row[i] = new Date(row[i] as string);
  }
  return rows;
}
