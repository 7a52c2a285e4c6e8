import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { DASHBOARD_STATUSES, type DashboardFilters } from "@/lib/dashboard/filters";
import { Link } from "@/lib/i18n/navigation";

/** The dashboard's filters as a GET form: the URL holds them, so a filtered view can be shared. */
export async function DashboardFilterForm({ filters, action, path }: { filters: DashboardFilters; action: string; path: string }) {
  const [t, tStatus] = await Promise.all([getTranslations("dashboard"), getTranslations("commentStatus")]);
  return (
    <form method="get" action={action} aria-labelledby="filters-heading" className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="filters-heading" className="text-lg font-semibold">
        {t("filtersHeading")}
      </h2>
      <div className="flex flex-wrap gap-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-from" className="font-medium">
            {t("from")}
          </label>
          <input id="filter-from" type="date" name="from" defaultValue={filters.from} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-to" className="font-medium">
            {t("to")}
          </label>
          <input id="filter-to" type="date" name="to" defaultValue={filters.to} className={inputClass} />
        </div>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">{t("statusLegend")}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {DASHBOARD_STATUSES.map((status) => (
            <label key={status} className="flex items-center gap-2">
              <input type="checkbox" name="status" value={status} defaultChecked={filters.status.includes(status)} className="size-4" />
              {status === "deleted" ? t("statusDeleted") : tStatus(status)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">{t("apply")}</Button>
        <Link href={path} className="text-brand-800 underline underline-offset-4">
          {t("clearFilters")}
        </Link>
      </div>
    </form>
  );
}
