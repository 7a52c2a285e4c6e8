import { getFormatter, getTranslations } from "next-intl/server";
import { STANCES } from "@/lib/domain-values";
import type { Dashboard } from "@/lib/dashboard/queries";
import { directionOf } from "@/lib/i18n/locales";
import { ChartFigure } from "./chart-figure";
import { captionClass, cellClass, headCellClass, tableClass } from "./table-styles";

/** Colours of the stances; each has at least 3:1 contrast with the white background. */
export const STANCE_COLORS = { supports: "#15803d", concerns: "#b45309", proposes_change: "#1d4ed8", question: "#7e22ce" } as const;

/** Stance per objective, activity over time and regional spread: each a chart with its table. */
export async function DashboardCharts({ dashboard, locale }: { dashboard: Dashboard; locale: string }) {
  const [t, tStances, tRegions, format] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("stances"),
    getTranslations("regions"),
    getFormatter(),
  ]);
  const rtl = directionOf(locale) === "rtl";
  const regionLabel = (region: string) => (region === "unknown" ? t("regionUnknown") : tRegions(region));
  const periodLabel = (start: string) => {
    const date = new Date(`${start}T00:00:00Z`);
    const day = format.dateTime(date, { day: "numeric", month: "short", timeZone: "UTC" });
    return dashboard.activity.unit === "week" ? t("weekOf", { day }) : day;
  };
  const objectives = dashboard.objectives.filter((o) => o.total > 0);

  return (
    <>
      <ChartFigure
        id="stance-chart"
        title={t("stanceHeading")}
        chart={{
          data: objectives.map((o) => ({ label: String(o.number), ...Object.fromEntries(STANCES.map((s) => [s, o.byStance[s] ?? 0])) })),
          series: STANCES.map((s) => ({ key: s, name: tStances(s), color: STANCE_COLORS[s] })),
          stacked: true,
          rtl,
        }}
        table={
          <table className={tableClass}>
            <caption className={captionClass}>{t("stanceCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={headCellClass}>
                  {t("objective")}
                </th>
                {STANCES.map((s) => (
                  <th key={s} scope="col" className={headCellClass}>
                    {tStances(s)}
                  </th>
                ))}
                <th scope="col" className={headCellClass}>
                  {t("total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {dashboard.objectives.map((o) => (
                <tr key={o.id}>
                  <th scope="row" className={`${headCellClass} font-normal`}>
                    {t("objectiveLabel", { number: o.number, title: o.shortTitle })}
                  </th>
                  {STANCES.map((s) => (
                    <td key={s} className={cellClass}>
                      {o.byStance[s] ?? 0}
                    </td>
                  ))}
                  <td className={`${cellClass} font-semibold`}>{o.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <ChartFigure
        id="activity-chart"
        title={dashboard.activity.unit === "week" ? t("activityHeadingWeek") : t("activityHeadingDay")}
        chart={{
          data: dashboard.activity.points.map((p) => ({ label: periodLabel(p.start), count: p.count })),
          series: [{ key: "count", name: t("comments"), color: "#195a82" }],
          rtl,
        }}
        table={
          <table className={tableClass}>
            <caption className={captionClass}>{t("activityCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={headCellClass}>
                  {dashboard.activity.unit === "week" ? t("week") : t("day")}
                </th>
                <th scope="col" className={headCellClass}>
                  {t("comments")}
                </th>
              </tr>
            </thead>
            <tbody>
              {dashboard.activity.points.map((p) => (
                <tr key={p.start}>
                  <th scope="row" className={`${headCellClass} font-normal`}>
                    {periodLabel(p.start)}
                  </th>
                  <td className={cellClass}>{p.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <ChartFigure
        id="region-chart"
        title={t("regionHeading")}
        chart={{
          data: dashboard.regions.map((r) => ({ label: regionLabel(r.region), comments: r.comments, participants: r.participants })),
          series: [
            { key: "comments", name: t("comments"), color: "#195a82" },
            { key: "participants", name: t("participants"), color: "#b45309" },
          ],
          rtl,
        }}
        table={
          <table className={tableClass}>
            <caption className={captionClass}>{t("regionCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={headCellClass}>
                  {t("region")}
                </th>
                <th scope="col" className={headCellClass}>
                  {t("comments")}
                </th>
                <th scope="col" className={headCellClass}>
                  {t("participants")}
                </th>
              </tr>
            </thead>
            <tbody>
              {dashboard.regions.map((r) => (
                <tr key={r.region}>
                  <th scope="row" className={`${headCellClass} font-normal`}>
                    {regionLabel(r.region)}
                  </th>
                  <td className={cellClass}>{r.comments}</td>
                  <td className={cellClass}>{r.participants}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </>
  );
}
