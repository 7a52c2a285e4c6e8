import { sql, type SQL } from "drizzle-orm";
import { comments, objectives, users } from "@/db/schema";
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from "@/lib/domain-values";
import * as cell from "./sql-values";
import type { ExportRow } from "./rows";

export type CellValue = string | number | boolean | Date | null;
export type ColumnType = "text" | "number" | "date" | "boolean";

/** One column of the CSV and XLSX files (the JSON file nests the same values). */
export interface Column {
  /** The CSV header, stable across languages; the XLSX header is its translation under exportColumns. */
  key: string;
  type: ColumnType;
  /** Set for the per-group endorsement columns. */
  group?: StakeholderGroup;
  value(row: ExportRow): CellValue;
  /**
   * The same value in SQL, which the database computes for the CSV lines (csv-cells.ts) and the XLSX
   * rows (sheet-rows.ts); the export tests hold both files to value().
   */
  sqlValue: SQL;
}

const text = (key: string, value: (row: ExportRow) => string | null, sqlValue: SQL): Column => ({ key, type: "text", value, sqlValue });
const number = (key: string, value: (row: ExportRow) => number, sqlValue: SQL): Column => ({ key, type: "number", value, sqlValue });
const date = (key: string, value: (row: ExportRow) => Date | null, sqlValue: SQL): Column => ({ key, type: "date", value, sqlValue });
const boolean = (key: string, value: (row: ExportRow) => boolean, sqlValue: SQL): Column => ({ key, type: "boolean", value, sqlValue });

/** Separates the guiding principles in the "tags" cell. */
export const TAG_SEPARATOR = "; ";

export const COLUMNS: readonly Column[] = [
  text("id", (r) => r.id, sql`${comments.id}::text`),
  text("permalink", (r) => r.permalink, sql`${cell.linkPrefix} || ${objectives.number} || '?at=' || ${comments.rootId} || '#comment-' || ${comments.id}`),
  number("objective_number", (r) => r.objective.number, sql`${objectives.number}`),
  text("objective_title", (r) => r.objective.title, sql`${objectives.title}`),
  text("parent_id", (r) => r.parentId, sql`${comments.parentId}::text`),
  text("root_id", (r) => r.rootId, sql`${comments.rootId}::text`),
  number("depth", (r) => r.depth, sql`${comments.depth}`),
  text("author_name", (r) => r.author.name, cell.publishedName),
  text("author_pseudonym", (r) => r.author.pseudonym, cell.publishedPseudonym),
  text("organization", (r) => r.author.organization, cell.publishedOrganization),
  text("stakeholder_group", (r) => r.author.stakeholderGroup, sql`${users.stakeholderGroup}::text`),
  text("country", (r) => r.author.country, sql`${users.country}`),
  text("region", (r) => r.author.region, cell.authorRegion),
  boolean("verified", (r) => r.author.verified, sql`${users.affiliationStatus} = 'verified'`),
  boolean("official", (r) => r.official, sql`${comments.official}`),
  text("language", (r) => r.language, sql`${comments.locale}`),
  text("stance", (r) => r.stance, sql`${comments.stance}::text`),
  text("tags", (r) => r.tags.join(TAG_SEPARATOR), sql`coalesce((SELECT string_agg(t.label, ${TAG_SEPARATOR} ORDER BY t.position, t.label)
    FROM comment_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.comment_id = ${comments.id}), '')`),
  text("body", (r) => r.body, sql`CASE WHEN ${comments.deletedAt} IS NULL THEN ${comments.body} END`),
  text("status", (r) => r.status, sql`${comments.status}::text`),
  date("deleted_at", (r) => r.deletedAt, sql`${comments.deletedAt}`),
  text("moderation_action", (r) => r.moderation?.action ?? null, sql`${cell.latest("action")}::text`),
  text("moderation_reason_code", (r) => r.moderation?.reasonCode ?? null, cell.latest("reason_code")),
  text("moderation_reason_text", (r) => r.moderation?.reasonText || null, sql`nullif(${cell.latest("reason_text")}, '')`),
  text("moderator", (r) => r.moderation?.moderator ?? null, cell.latest("moderator")),
  date("moderated_at", (r) => r.moderation?.at ?? null, cell.latest("created_at")),
  date("created_at", (r) => r.createdAt, sql`${comments.createdAt}`),
  date("edited_at", (r) => r.editedAt, sql`${comments.editedAt}`),
  number("endorsements", (r) => r.endorsements.total, sql`${comments.endorsementCount}`),
  ...STAKEHOLDER_GROUPS.map((group) => ({
    ...number(`endorsements_${group}`, (r) => r.endorsements.byGroup[group] ?? 0, sql`coalesce((${comments.endorsementsByGroup} ->> ${group})::int, 0)`),
    group,
  })),
  number("flag_count", (r) => r.flagCount, sql`${comments.flagCount}`),
];
