import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { selectValueBytes } from "@/db/client";
import { comments, objectives, users } from "@/db/schema";
import { COLUMNS } from "./columns";
import { LATEST_DECISION, csvLine, permalinkPrefix, valueName } from "./csv-cells";

/**
 * The CSV lines of the comments matching `where` (a batch's range), in (created_at, id) order, written by
 * the database and joined into one text, as UTF-8 bytes where the driver allows: the server writes
 * them out as they come. Null when no comment matches.
 */
export async function csvLines(where: SQL, permalinkStart: string): Promise<Uint8Array | string | null> {
  return selectValueBytes(
    // The inner query computes each value once: OFFSET 0 keeps the planner from merging it into the
    // outer one, which would compute a value once per use.
    sql`SELECT string_agg(line, '' ORDER BY created_at, id) AS csv FROM (
        SELECT ${csvLine(COLUMNS.map((column) => column.type))} AS line, created_at, id
        FROM (
          SELECT ${sql.join(
            COLUMNS.map((column, i) => sql`${column.csv} AS ${valueName(i)}`),
            sql`, `,
          )}, ${comments.createdAt} AS created_at, ${comments.id} AS id
          FROM ${comments} JOIN ${users} ON ${users.id} = ${comments.authorId} JOIN ${objectives} ON ${objectives.id} = ${comments.objectiveId}
            ${permalinkPrefix(permalinkStart)} ${LATEST_DECISION}
          WHERE ${where}
          ORDER BY ${comments.createdAt}, ${comments.id}
          OFFSET 0
        ) v
      ) lines`,
  );
}
