import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { STAKEHOLDER_GROUPS } from "@/lib/domain-values";
import { EXPORT_FORMATS, EXPORT_STATUSES } from "@/lib/exports/filters";

const FORMAT_LABELS = { csv: "downloadCsv", xlsx: "downloadXlsx", json: "downloadJson" } as const;

/**
 * The filters and the download buttons, as one plain GET form aimed at the export route: each
 * button sends its format, the browser downloads the file and stays on the page. No JavaScript is
 * needed; empty fields mean "no filter".
 */
export async function ExportForm({
  slug,
  locale,
  objectives,
}: {
  slug: string;
  locale: string;
  objectives: { number: number; title: string }[];
}) {
  const [t, tGroups, tStatuses] = await Promise.all([
    getTranslations("exportsPage"),
    getTranslations("stakeholderGroups"),
    getTranslations("exportStatuses"),
  ]);
  return (
    <form method="get" action={`/api/consultations/${slug}/export`} className="flex flex-col gap-6">
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-4">
        <legend className="px-1 text-xl font-semibold">{t("filters")}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id="export-objective" label={t("objective")}>
            {(props) => (
              <select {...props} name="objective" defaultValue="" className={inputClass}>
                <option value="">{t("allObjectives")}</option>
                {objectives.map((o) => (
                  <option key={o.number} value={o.number}>
                    {t("objectiveOption", { number: o.number, title: o.title })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="export-group" label={t("group")}>
            {(props) => (
              <select {...props} name="group" defaultValue="" className={inputClass}>
                <option value="">{t("allGroups")}</option>
                {STAKEHOLDER_GROUPS.map((group) => (
                  <option key={group} value={group}>
                    {tGroups(group)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="md:col-span-2">
            <Field id="export-status" label={t("status")} hint={t("statusHint")}>
              {(props) => (
                <select {...props} name="status" defaultValue="published" className={inputClass}>
                  {EXPORT_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {tStatuses(status)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field id="export-from" label={t("from")} hint={t("datesHint")}>
            {(props) => <input {...props} type="date" name="from" className={inputClass} />}
          </Field>
          <Field id="export-to" label={t("to")} hint={t("datesHint")}>
            {(props) => <input {...props} type="date" name="to" className={inputClass} />}
          </Field>
        </div>
      </fieldset>
      <section aria-labelledby="export-download" className="flex flex-col gap-3">
        <h2 id="export-download" className="text-xl font-semibold">
          {t("download")}
        </h2>
        <div className="flex flex-wrap gap-3">
          {EXPORT_FORMATS.map((format, i) => (
            <Button key={format} type="submit" name="format" value={format} variant={i === 0 ? "primary" : "secondary"}>
              {t(FORMAT_LABELS[format])}
            </Button>
          ))}
        </div>
      </section>
    </form>
  );
}
