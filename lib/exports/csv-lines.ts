import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { selectJoinedBytes } from "@/db/client";
import { batchValues } from "./batch-values";
import { COLUMNS } from "./columns";
import { csvLine } from "./csv-cells";

/**
 * Lines joined by the database into one of the rows it returns. A batch's thousand lines as one text
 * made the database allocate about 3 MB afresh for each batch, and PostgreSQL 15's processes then
 * spent a quarter of the export's time on page faults (60 to 98 thousand per export of 100,000
 * comments); a row per line would make the server hold a thousand rows per batch. A hundred lines
 * (about 80 kB) do neither.
 */
const LINES_PER_ROW = 100;

/**
 * The CSV lines of the comments matching `where` (a batch's range), in (created_at, id) order, written by
 * the database and joined into one text, as UTF-8 bytes where the driver allows: the server writes
 * them out as they come. Null when no comment matches.
 */
export async function csvLines(where: SQL, permalinkStart: string): Promise<Uint8Array | string | null> {
  return selectJoinedBytes(
    sql`SELECT string_agg(line, '' ORDER BY created_at, id) AS lines
      FROM (
        SELECT ${csvLine(COLUMNS.map((column) => column.type))} AS line, created_at, id,
          (row_number() OVER (ORDER BY created_at, id) - 1) / ${sql.raw(String(LINES_PER_ROW))} AS part
        FROM (${batchValues(where, permalinkStart)}) v
      ) l
      GROUP BY part ORDER BY part`,
  );
}
