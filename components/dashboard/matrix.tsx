import { getTranslations } from "next-intl/server";
import { STAKEHOLDER_GROUPS } from "@/lib/domain-values";
import type { ObjectiveBreakdown } from "@/lib/dashboard/queries";
import { Link } from "@/lib/i18n/navigation";
import { captionClass, cellClass, headCellClass, tableClass } from "./table-styles";

/** Cell shades from empty to the busiest cell; dark shades take white text to keep the contrast. */
const SHADES = [
  "bg-white text-slate-600",
  "bg-sky-100 text-slate-900",
  "bg-sky-200 text-slate-900",
  "bg-sky-300 text-slate-900",
  "bg-sky-700 text-white",
  "bg-sky-900 text-white",
];

function shade(count: number, max: number): string {
  if (count === 0 || max === 0) return SHADES[0];
  return SHADES[Math.max(1, Math.ceil((count / max) * (SHADES.length - 1)))];
}

/**
 * Comments per objective and stakeholder group as a heatmap: the numbers are in every cell, so the
 * table is its own accessible form and the shading only helps the eye. Each objective links to the
 * page where the secretariat writes its synthesis.
 */
export async function ObjectiveGroupMatrix({ rows, synthesisBase }: { rows: ObjectiveBreakdown[]; synthesisBase: string }) {
  const [t, tGroups] = await Promise.all([getTranslations("dashboard"), getTranslations("stakeholderGroupsShort")]);
  const max = Math.max(0, ...rows.flatMap((r) => Object.values(r.byGroup)));
  const columnTotal = (group: (typeof STAKEHOLDER_GROUPS)[number]) => rows.reduce((sum, r) => sum + (r.byGroup[group] ?? 0), 0);
  return (
    <section aria-labelledby="matrix-heading" className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="matrix-heading" className="text-xl font-semibold">
        {t("matrixHeading")}
      </h2>
      <p className="text-sm text-slate-700">{t("matrixHint")}</p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="matrix-caption">
        <table className={tableClass}>
          <caption id="matrix-caption" className={captionClass}>
            {t("matrixCaption")}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={headCellClass}>
                {t("objective")}
              </th>
              {STAKEHOLDER_GROUPS.map((group) => (
                <th key={group} scope="col" className={`${headCellClass} min-w-16 align-bottom text-xs`}>
                  {tGroups(group)}
                </th>
              ))}
              <th scope="col" className={headCellClass}>
                {t("total")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className={`${headCellClass} min-w-48 font-normal`}>
                  <Link href={`${synthesisBase}/${row.number}`} className="font-medium text-brand-800 underline underline-offset-2">
                    {t("objectiveLabel", { number: row.number, title: row.shortTitle })}
                  </Link>
                </th>
                {STAKEHOLDER_GROUPS.map((group) => {
                  const count = row.byGroup[group] ?? 0;
                  return (
                    <td key={group} className={`${cellClass} ${shade(count, max)}`}>
                      {count}
                    </td>
                  );
                })}
                <td className={`${cellClass} font-semibold`}>{row.total}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className={headCellClass}>
                {t("total")}
              </th>
              {STAKEHOLDER_GROUPS.map((group) => (
                <td key={group} className={`${cellClass} font-semibold`}>
                  {columnTotal(group)}
                </td>
              ))}
              <td className={`${cellClass} font-semibold`}>{rows.reduce((sum, r) => sum + r.total, 0)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
