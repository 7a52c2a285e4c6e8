import { sql, type SQL } from "drizzle-orm";
import { comments, users } from "@/db/schema";
import { COUNTRY_REGIONS } from "@/lib/geo/country-regions";

/*
 * The pieces of SQL the columns' values are computed from (columns.ts, batch-values.ts), which the
 * CSV lines (csv-cells.ts) and the XLSX rows (sheet-rows.ts) are written from. The batch query names
 * the latest moderation decision "latest" and the permalinks' common part "link".
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

/** The name under which the batch query (batch-values.ts) selects a column's value. */
export const valueName = (i: number) => sql.raw(`value${i}`);

