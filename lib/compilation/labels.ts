import type { Compilation } from "./data";

/** A message of the catalog, by its full key ("compilation.title"). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function formatDay(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** When the consultation was open, as the cover of the compilation says it. */
export function periodText(t: Translate, consultation: Compilation["consultation"], locale: string): string {
  const { opensAt, closesAt } = consultation;
  if (opensAt && closesAt) return t("compilation.period", { opens: formatDay(opensAt, locale), closes: formatDay(closesAt, locale) });
  if (opensAt) return t("compilation.periodFrom", { opens: formatDay(opensAt, locale) });
  return t("compilation.periodNone");
}

/** The rows of the method's overall figures: a label and a number each. */
export function totalRows(t: Translate, totals: Compilation["totals"]): [string, number][] {
  return (["comments", "participants", "organizations", "countries", "officialStates"] as const).map((key) => [
    t(`dashboard.totals.${key}`),
    totals[key],
  ]);
}

export function regionLabel(t: Translate, region: string): string {
  return region === "unknown" ? t("dashboard.regionUnknown") : t(`regions.${region}`);
}
