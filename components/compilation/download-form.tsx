import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { LANGUAGES, UI_LOCALES } from "@/lib/i18n/locales";

/** A plain GET form to the DOCX route: the browser downloads the file, no script needed. */
export async function DocxDownloadForm({ slug, locale, annex }: { slug: string; locale: string; annex: boolean }) {
  const t = await getTranslations("compilation");
  return (
    <form method="get" action={`/api/consultations/${slug}/compilation`} className="flex flex-col gap-3">
      <input type="hidden" name="format" value="docx" />
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="mb-2 font-medium">{t("downloadLegend")}</legend>
        <div className="flex flex-col gap-1">
          <label htmlFor="docx-locale">{t("language")}</label>
          <select id="docx-locale" name="locale" defaultValue={locale} className={inputClass}>
            {UI_LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LANGUAGES.find((l) => l.code === code)?.name}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 pb-2">
          <input type="checkbox" name="annex" value="1" defaultChecked={annex} className="size-4" />
          {t("includeAnnex")}
        </label>
        <Button type="submit">{t("download")}</Button>
      </fieldset>
    </form>
  );
}
