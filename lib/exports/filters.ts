import { STAKEHOLDER_GROUPS, type StakeholderGroup } from "@/lib/domain-values";
import { DomainError } from "@/lib/errors";
import { DEFAULT_LOCALE, UI_LOCALES } from "@/lib/i18n/locales";

export const EXPORT_FORMATS = ["csv", "xlsx", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Which comments an export holds. "deleted" is every comment its author deleted, whatever its
 * moderation status; the four statuses hold comments that are not deleted; "all" holds every one.
 */
export const EXPORT_STATUSES = ["published", "pending", "hidden", "rejected", "deleted", "all"] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

export interface ExportFilters {
  objective?: number;
  group?: StakeholderGroup;
  status: ExportStatus;
  /** First day included, YYYY-MM-DD (UTC). */
  from?: string;
  /** Last day included, YYYY-MM-DD (UTC). */
  to?: string;
}

export interface ExportRequest {
  format: ExportFormat;
  filters: ExportFilters;
  /** Language of the headers and of the permalinks. */
  locale: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined, code: string, field: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) throw new DomainError(code, field);
  return value as T;
}

/** The query string of an export URL; an empty parameter means "not set", as a GET form sends it. */
export function parseExportRequest(params: URLSearchParams): ExportRequest {
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const format = oneOf(EXPORT_FORMATS, get("format"), "exportFormatUnknown", "format") ?? "csv";
  const objectiveText = get("objective");
  const objective = objectiveText === undefined ? undefined : Number(objectiveText);
  if (objective !== undefined && !(/^\d{1,6}$/.test(objectiveText!) && objective >= 1)) {
    throw new DomainError("exportObjectiveUnknown", "objective");
  }
  const group = oneOf(STAKEHOLDER_GROUPS, get("group"), "groupUnknown", "group");
  const status = oneOf(EXPORT_STATUSES, get("status"), "exportStatusUnknown", "status") ?? "published";
  const from = get("from");
  const to = get("to");
  if (from !== undefined && !isDay(from)) throw new DomainError("exportDateInvalid", "from");
  if (to !== undefined && !isDay(to)) throw new DomainError("exportDateInvalid", "to");
  if (from && to && from > to) throw new DomainError("exportDatesReversed", "to");
  const locale = oneOf(UI_LOCALES, get("locale"), "languageUnknown", "locale") ?? DEFAULT_LOCALE;
  return { format, filters: { objective, group, status, from, to }, locale };
}

/** The filters as query parameters, for links and for the overview of a file. */
export function filterParams(filters: ExportFilters): Record<string, string> {
  const entries = Object.entries(filters).filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries.map(([key, value]) => [key, String(value)]));
}
