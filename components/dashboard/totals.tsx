import { getFormatter, getTranslations } from "next-intl/server";
import type { DashboardTotals } from "@/lib/dashboard/queries";

const ORDER: (keyof DashboardTotals)[] = ["comments", "participants", "organizations", "countries", "officialStates"];

export async function TotalsList({ totals }: { totals: DashboardTotals }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.totals"), getFormatter()]);
  return (
    <section aria-labelledby="totals-heading" className="flex flex-col gap-3">
      <h2 id="totals-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {ORDER.map((key) => (
          <div key={key} className="flex flex-col-reverse rounded border border-slate-200 bg-white p-3 shadow-sm">
            <dt className="text-sm text-slate-700">{t(key)}</dt>
            <dd className="text-3xl font-semibold tabular-nums">{format.number(totals[key])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
