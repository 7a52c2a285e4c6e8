import { sql, type SQL } from "drizzle-orm";
import { comments, users } from "@/db/schema";
import { COUNTRY_REGIONS } from "@/lib/geo/country-regions";
import type { ColumnType } from "./columns";

/*
 * The pieces of SQL the columns' values are computed from (columns.ts, batch-values.ts), and how a
 * CSV line is written from those values (sheet-rows.ts writes the XLSX rows from them). The batch
 * query names the latest moderation decision "latest" and the permalinks' common part "link".
 */

/** The latest moderation decision of each comment, if any, as "latest". */
export const LATEST_DECISION = sql`LEFT JOIN LATERAL (
  SELECT d.action, d.reason_code, d.reason_text, d.created_at, m.name AS moderator
  FROM moderation_decisions d LEFT JOIN users m ON m.id = d.actor_id
  WHERE d.comment_id = ${comments.id} ORDER BY d.created_at DESC, d.id DESC LIMIT 1) latest ON true`;

export const latest = (field: "action" | "reason_code" | "reason_text" | "created_at" | "moderator") => sql.raw(`latest.${field}`);

/** The common part of every permalink (base, language, consultation), as "link.prefix". */
export const permalinkPrefix = (prefix: string) => sql`CROSS JOIN (SELECT ${prefix}::text AS prefix) link`;
export const linkPrefix = sql.raw("link.prefix");

/** The author's fields as publicAuthor() shows them, by publication preference. */
const preference = users.publicationPreference;
export const publishedName = sql`CASE WHEN ${preference} = 'name_and_organization' THEN ${users.name} END`;
export const publishedOrganization = sql`CASE WHEN ${preference} IN ('name_and_organization', 'organization_only') THEN nullif(${users.organization}, '') END`;
export const publishedPseudonym = sql`CASE WHEN ${preference} = 'pseudonym' OR (${preference} = 'organization_only' AND ${users.organization} = '') THEN ${users.pseudonym} END`;

/**
 * The author's UN region, as regionOf() finds it. The table is written into the statement, not
 * bound: the export's batches run as one prepared statement, which PostgreSQL may switch to one plan
 * for any parameters after five runs, and that plan redoes a bound table's cast to jsonb for every
 * row (a batch then took 2.5 times as long).
 */
const REGIONS = sql.raw(`'${JSON.stringify(COUNTRY_REGIONS).replaceAll("'", "''")}'::jsonb`);
export const authorRegion = sql`(${REGIONS} ->> ${users.country})`;

/** Text as neutralize() leaves it: a leading apostrophe before what would start a formula. */
export const neutralized = (value: SQL) =>
  sql`CASE WHEN left(${value}, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r') THEN '''' || ${value} ELSE ${value} END`;

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

/** The name under which the batch query (batch-values.ts) selects a column's value. */
export const valueName = (i: number) => sql.raw(`value${i}`);

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
