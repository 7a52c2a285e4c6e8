import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/thread/filter-form";
import { inputClass } from "@/components/ui/field";
import { SYSTEM_ACTOR, type AuditQuery } from "@/lib/audit/schemas";
import { Link } from "@/lib/i18n/navigation";
import { actionLabel } from "./audit-labels";

/** The audit view's filters: a GET form, so a filtered view is a link and works without JavaScript. */
export async function AuditFilters({
  query,
  actors,
  actions,
  path,
}: {
  query: AuditQuery;
  actors: { id: string | null; name: string | null; email: string | null }[];
  actions: string[];
  path: string;
}) {
  const t = await getTranslations("auditLog");
  const label = await actionLabel();
  const field = "flex flex-col gap-1";
  return (
    <section aria-labelledby="audit-filters-heading" className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4">
      <h2 id="audit-filters-heading" className="text-lg font-semibold">
        {t("filters")}
      </h2>
      <FilterForm applyLabel={t("apply")} applyingLabel={t("applying")} extra={<Link href={path} className="text-brand-800 underline underline-offset-4">{t("clear")}</Link>} className="flex flex-col gap-4">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <div className={field}>
            <label htmlFor="audit-actor" className="font-medium">{t("actor")}</label>
            <select id="audit-actor" name="actor" defaultValue={query.actor ?? ""} className={inputClass}>
              <option value="">{t("anyActor")}</option>
              {actors.map((a) => (
                <option key={a.id ?? SYSTEM_ACTOR} value={a.id ?? SYSTEM_ACTOR}>
                  {a.id === null ? t("system") : a.name ? `${a.name} (${a.email})` : t("unknownAccount")}
                </option>
              ))}
            </select>
          </div>
          <div className={field}>
            <label htmlFor="audit-action" className="font-medium">{t("action")}</label>
            <select id="audit-action" name="action" defaultValue={query.action ?? ""} className={inputClass}>
              <option value="">{t("anyAction")}</option>
              {actions.map((action) => (
                <option key={action} value={action}>
                  {label(action)}
                </option>
              ))}
            </select>
          </div>
          <div className={field}>
            <label htmlFor="audit-from" className="font-medium">{t("from")}</label>
            <input id="audit-from" type="date" name="from" defaultValue={query.from ?? ""} className={inputClass} />
          </div>
          <div className={field}>
            <label htmlFor="audit-to" className="font-medium">{t("to")}</label>
            <input id="audit-to" type="date" name="to" defaultValue={query.to ?? ""} className={inputClass} />
          </div>
        </div>
      </FilterForm>
    </section>
  );
}
