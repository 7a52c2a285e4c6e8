import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { comments, objectives, users } from "@/db/schema";
import { COLUMNS } from "./columns";
import { LATEST_DECISION, permalinkPrefix, valueName } from "./sql-values";

/**
 * Every column's value of the comments matching `where` (a batch's range), named by valueName(), with
 * created_at and id to order them by: what the CSV lines and the XLSX rows are built from. Each
 * value is computed once: OFFSET 0 keeps the planner from merging this query into the outer one,
 * which would compute a value once per use.
 */
export function batchValues(where: SQL, permalinkStart: string): SQL {
  return sql`SELECT ${sql.join(
    COLUMNS.map((column, i) => sql`${column.sqlValue} AS ${valueName(i)}`),
    sql`, `,
  )}, ${comments.createdAt} AS created_at, ${comments.id} AS id
    FROM ${comments} JOIN ${users} ON ${users.id} = ${comments.authorId} JOIN ${objectives} ON ${objectives.id} = ${comments.objectiveId}
      ${permalinkPrefix(permalinkStart)} ${LATEST_DECISION}
    WHERE ${where}
    ORDER BY ${comments.createdAt}, ${comments.id}
    OFFSET 0`;
}
