import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { STAKEHOLDER_GROUPS } from "@/lib/domain-values";
import { Link } from "@/lib/i18n/navigation";
import type { SynthesisCommentFilters } from "@/lib/synthesis/schemas";

/** Narrows the comments to quote from, by stakeholder group or to official positions; a GET form. */
export async function CommentFilterForm({ filters, action, path }: { filters: SynthesisCommentFilters; action: string; path: string }) {
  const [t, tGroups] = await Promise.all([getTranslations("synthesis"), getTranslations("stakeholderGroups")]);
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-4 rounded border border-slate-200 bg-white p-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="filter-group" className="font-medium">
          {t("groupFilter")}
        </label>
        <select id="filter-group" name="group" defaultValue={filters.group ?? ""} className={inputClass}>
          <option value="">{t("allGroups")}</option>
          {STAKEHOLDER_GROUPS.map((group) => (
            <option key={group} value={group}>
              {tGroups(group)}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2 pb-2">
        <input type="checkbox" name="official" value="1" defaultChecked={filters.official} className="size-4" />
        {t("officialOnly")}
      </label>
      <Button type="submit">{t("filter")}</Button>
      <Link href={path} className="pb-2 text-brand-800 underline underline-offset-4">
        {t("clearFilters")}
      </Link>
    </form>
  );
}
