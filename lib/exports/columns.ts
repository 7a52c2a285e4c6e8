import { STAKEHOLDER_GROUPS, type StakeholderGroup } from "@/lib/domain-values";
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
}

const text = (key: string, value: (row: ExportRow) => string | null): Column => ({ key, type: "text", value });
const number = (key: string, value: (row: ExportRow) => number): Column => ({ key, type: "number", value });
const date = (key: string, value: (row: ExportRow) => Date | null): Column => ({ key, type: "date", value });
const boolean = (key: string, value: (row: ExportRow) => boolean): Column => ({ key, type: "boolean", value });

/** Separates the guiding principles in the "tags" cell. */
export const TAG_SEPARATOR = "; ";

export const COLUMNS: readonly Column[] = [
  text("id", (r) => r.id),
  text("permalink", (r) => r.permalink),
  number("objective_number", (r) => r.objective.number),
  text("objective_title", (r) => r.objective.title),
  text("parent_id", (r) => r.parentId),
  text("root_id", (r) => r.rootId),
  number("depth", (r) => r.depth),
  text("author_name", (r) => r.author.name),
  text("author_pseudonym", (r) => r.author.pseudonym),
  text("organization", (r) => r.author.organization),
  text("stakeholder_group", (r) => r.author.stakeholderGroup),
  text("country", (r) => r.author.country),
  text("region", (r) => r.author.region),
  boolean("verified", (r) => r.author.verified),
  boolean("official", (r) => r.official),
  text("language", (r) => r.language),
  text("stance", (r) => r.stance),
  text("tags", (r) => r.tags.join(TAG_SEPARATOR)),
  text("body", (r) => r.body),
  text("status", (r) => r.status),
  date("deleted_at", (r) => r.deletedAt),
  text("moderation_action", (r) => r.moderation?.action ?? null),
  text("moderation_reason_code", (r) => r.moderation?.reasonCode ?? null),
  text("moderation_reason_text", (r) => r.moderation?.reasonText || null),
  text("moderator", (r) => r.moderation?.moderator ?? null),
  date("moderated_at", (r) => r.moderation?.at ?? null),
  date("created_at", (r) => r.createdAt),
  date("edited_at", (r) => r.editedAt),
  number("endorsements", (r) => r.endorsements.total),
  ...STAKEHOLDER_GROUPS.map((group) => ({
    ...number(`endorsements_${group}`, (r) => r.endorsements.byGroup[group] ?? 0),
    group,
  })),
  number("flag_count", (r) => r.flagCount),
];
