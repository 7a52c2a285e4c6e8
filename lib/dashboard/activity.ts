import type { DashboardFilters } from "./filters";

export interface ActivitySeries {
  unit: "day" | "week";
  /** Every period from the first to the last, empty ones included, so a chart's axis is even. */
  points: { start: string; count: number }[];
}

/** Beyond this many days a daily series is too dense to read: it is summed by week. */
const MAX_DAILY_POINTS = 62;
const DAY_MS = 86_400_000;

const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const timeOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The Monday (UTC) starting the week of a day. */
function weekStart(day: string): string {
  const time = timeOf(day);
  const weekday = (new Date(time).getUTCDay() + 6) % 7;
  return toDay(time - weekday * DAY_MS);
}

/**
 * Comments per day, or per week for long spans, from the filter's range (or the first and last
 * comment when the range is open).
 */
export function activitySeries(perDay: { day: string; count: number }[], filters: Pick<DashboardFilters, "from" | "to">): ActivitySeries {
  const first = filters.from ?? perDay[0]?.day;
  const last = filters.to ?? perDay.at(-1)?.day;
  if (!first || !last) return { unit: "day", points: [] };
  const days = Math.round((timeOf(last) - timeOf(first)) / DAY_MS) + 1;
  const unit = days > MAX_DAILY_POINTS ? "week" : "day";
  const bucket = unit === "week" ? weekStart : (day: string) => day;

  const counts = new Map<string, number>();
  for (let time = timeOf(bucket(first)); time <= timeOf(last); time += (unit === "week" ? 7 : 1) * DAY_MS) {
    counts.set(toDay(time), 0);
  }
  for (const { day, count } of perDay) {
    const key = bucket(day);
    if (counts.has(key)) counts.set(key, counts.get(key)! + count);
  }
  return { unit, points: [...counts].map(([start, count]) => ({ start, count })) };
}
