import { z } from "zod";
import { COMMENT_STATUSES } from "@/lib/domain-values";

/** What the dashboard can count: a comment status, or deleted comments whatever their status. */
export const DASHBOARD_STATUSES = [...COMMENT_STATUSES, "deleted"] as const;
export type DashboardStatus = (typeof DASHBOARD_STATUSES)[number];

export interface DashboardFilters {
  /** First day counted (YYYY-MM-DD, UTC), inclusive. */
  from?: string;
  /** Last day counted (YYYY-MM-DD, UTC), inclusive. */
  to?: string;
  status: DashboardStatus[];
}

/** What the public sees, and so what the dashboard counts unless asked otherwise. */
export const DEFAULT_STATUSES: DashboardStatus[] = ["published"];

const day = z.iso.date().optional().catch(undefined);
const statuses = z
  .union([z.enum(DASHBOARD_STATUSES), z.array(z.string())])
  .optional()
  .catch(undefined);

/**
 * The filters of the dashboard's GET form, from the URL. Anything unreadable falls back to the
 * default rather than failing: a shared link with a typo still shows a dashboard.
 */
export function parseDashboardFilters(raw: Record<string, string | string[] | undefined>): DashboardFilters {
  const from = day.parse(raw.from);
  let to = day.parse(raw.to);
  if (from && to && to < from) to = undefined;
  const asked = [statuses.parse(raw.status) ?? []].flat();
  const status = DASHBOARD_STATUSES.filter((s) => asked.includes(s));
  return { from, to, status: status.length > 0 ? status : DEFAULT_STATUSES };
}
