import { sql, type SQL } from "drizzle-orm";
import type { ColumnType } from "./columns";
import { neutralized, valueName } from "./sql-values";

/* How a CSV line is written from the columns' values (sql-values.ts, batch-values.ts). */

/** A value as text, as the other formats' cells read as text (see csvText in the export tests). */
const TEXT_OF: Record<ColumnType, (value: SQL) => SQL> = {
  text: neutralized,
  number: (value) => sql`${value}::text`,
  boolean: (value) => sql`CASE WHEN ${value} THEN 'true' ELSE 'false' END`,
  // ISO 8601 in UTC to the millisecond, as Date.toISOString() writes it.
  date: (value) => sql`to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
};

/**
 * A column's cell in a CSV record, empty for null. Text is always quoted, its quotes doubled (RFC
 * 4180 allows quoting any field): cheaper for the database than looking for what needs quoting.
 * Numbers, marks and dates hold no quote, comma or line break.
 */
const csvField = (type: ColumnType, value: SQL) => {
  const cell = TEXT_OF[type](value);
  return sql`coalesce(${type === "text" ? sql`'"' || replace(${cell}, '"', '""') || '"'` : cell}, '')`;
};

/**
 * A CSV record with its CRLF, from the columns' values selected before under valueName(): each value
 * is computed once (a tag list is a subquery), then formatted from its name. concat_ws builds the
 * line at once, where a chain of || would copy it again at every cell.
 */
export const csvLine = (types: readonly ColumnType[]) =>
  sql`concat_ws(',', ${sql.join(
    types.map((type, i) => csvField(type, valueName(i))),
    sql`, `,
  )}) || E'\r\n'`;
