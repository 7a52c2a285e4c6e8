import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { selectJoinedBytes } from "@/db/client";
import { batchValues, joinedInParts } from "./batch-values";
import { COLUMNS } from "./columns";
import { csvLine } from "./csv-cells";

/**
 * The CSV lines of the comments matching `where` (a batch's range), in (created_at, id) order, written by
 * the database and joined into one text, as UTF-8 bytes where the driver allows: the server writes
 * them out as they come. Null when no comment matches.
 */
export async function csvLines(where: SQL, permalinkStart: string): Promise<Uint8Array | string | null> {
  return selectJoinedBytes(joinedInParts(batchValues(where, permalinkStart), csvLine(COLUMNS.map((column) => column.type)), sql`''`));
}
