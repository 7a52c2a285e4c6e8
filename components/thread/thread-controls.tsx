import { useLocale, useTranslations } from "next-intl";
import NextLink from "next/link";
import { inputClass } from "@/components/ui/field";
import { THREAD_SORTS, type ThreadQuery } from "@/lib/comments/schemas";
import { STAKEHOLDER_GROUPS, STANCES } from "@/lib/domain-values";
import { countryOptions, REGIONS, regionOf } from "@/lib/geo/countries";
import { LANGUAGES } from "@/lib/i18n/locales";
import { FilterForm } from "./filter-form";
import { activeFilterCount, queryHref, threadParams } from "./query";
import { RegionCountryFields } from "./region-country-fields";

export interface ThreadControlsProps {
  /** Top-level comments matching the current filters: `ThreadPage.total` from listThread. */
  total: number;
  /** The consultation's guiding principles, offered as a filter (`principle=<key>`); none hides the filter. */
  principles: { key: string; label: string }[];
  /** The page's query, parsed with `threadQuerySchema.parse(await searchParams)`. */
  current: ThreadQuery;
}

/** The countries the country filter offers: those of the chosen region (or of the chosen country's), and the chosen one. */
function listedCountries({ region, country }: ThreadQuery, locale: string) {
  const listed = region ?? (country ? regionOf(country) : undefined);
  return countryOptions(locale).flatMap((c) => (c.code === country || regionOf(c.code) === listed ? [{ value: c.code, label: c.name }] : []));
}

/**
 * The sort and filter bar above an objective's thread. Everything lives in the URL (shareable, works
 * without JavaScript): sorting is a set of links, filtering a GET form whose fields are the params of
 * threadQuerySchema. Both start again from the first page (no `after` or `at`). Hrefs are query-only,
 * so the bar needs no pathname and works on any locale's objective page.
 *
 * Usage in the objective page (a server component):
 *   const query = threadQuerySchema.parse(await searchParams);
 *   const page = await listThread(actor, consultation, objective, { ...query, at });
 *   <ThreadControls total={page.total} principles={principleTags} current={query} />
 */
export function ThreadControls({ total, principles, current }: ThreadControlsProps) {
  const t = useTranslations("threadControls");
  const tGroups = useTranslations("stakeholderGroups");
  const tRegions = useTranslations("regions");
  const tStances = useTranslations("stances");
  const locale = useLocale();
  const filtered = activeFilterCount(current) > 0;
  // Remount the fields when the URL changes, so they show the filters in effect (e.g. after "clear").
  const fieldsKey = threadParams(current).toString();

  const select = (name: keyof ThreadQuery, label: string, all: string, options: { value: string; label: string; lang?: string }[]) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`thread-${name}`} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={`thread-${name}`} name={name} defaultValue={current[name] ?? ""} className={inputClass}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="font-semibold text-slate-900">
          {t(filtered ? "totalFiltered" : "total", { count: total })}
        </p>
        <div role="group" aria-labelledby="thread-sort-label" className="flex flex-wrap items-center gap-2">
          <span id="thread-sort-label" className="text-sm font-medium text-slate-700">
            {t("sortBy")}
          </span>
          <ul className="flex flex-wrap gap-1">
            {THREAD_SORTS.map((sort) => {
              const active = current.sort === sort;
              return (
                <li key={sort}>
                  <NextLink
                    href={queryHref(threadParams({ ...current, sort }))}
                    scroll={false}
                    aria-current={active ? "true" : undefined}
                    className={`inline-block rounded border px-3 py-1 text-sm ${
                      active
                        ? "border-brand-800 bg-brand-800 font-semibold text-white"
                        : "border-slate-300 text-brand-800 underline-offset-4 hover:underline"
                    }`}
                  >
                    {active ? (
                      <span aria-hidden="true" className="me-1">
                        ✓
                      </span>
                    ) : null}
                    {t(`sort.${sort}`)}
                  </NextLink>
                </li>
              );
            })}
          </ul>
        </div>
      </div>
      <FilterForm
        applyLabel={t("apply")}
        applyingLabel={t("applying")}
        className="flex flex-col gap-4"
        extra={
          filtered ? (
            <NextLink
              href={queryHref(threadParams({ sort: current.sort }))}
              scroll={false}
              className="text-brand-800 underline underline-offset-4"
            >
              {t("clear")}
            </NextLink>
          ) : null
        }
      >
        {current.sort !== "newest" ? <input type="hidden" name="sort" value={current.sort} /> : null}
        <fieldset key={fieldsKey} className="flex flex-col gap-3">
          <legend className="mb-2 font-semibold text-slate-900">{t("filters")}</legend>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {select(
              "group",
              t("group"),
              t("allGroups"),
              STAKEHOLDER_GROUPS.map((g) => ({ value: g, label: tGroups(g) })),
            )}
            <RegionCountryFields
              regions={REGIONS.map((r) => ({ value: r, label: tRegions(r) }))}
              region={current.region}
              country={current.country}
              countries={listedCountries(current, locale)}
            />
            {select(
              "stance",
              t("stance"),
              t("allStances"),
              STANCES.map((s) => ({ value: s, label: tStances(s) })),
            )}
            {principles.length > 0
              ? select(
                  "principle",
                  t("principle"),
                  t("allPrinciples"),
                  principles.map((p) => ({ value: p.key, label: p.label })),
                )
              : null}
            {select(
              "language",
              t("language"),
              t("allLanguages"),
              LANGUAGES.map((l) => ({ value: l.code, label: l.name, lang: l.code })),
            )}
          </div>
          <div className="flex items-center gap-2">
            <input
              type="checkbox"
              id="thread-official"
              name="official"
              value="1"
              defaultChecked={current.official === "1"}
              className="size-5 accent-brand-700"
            />
            <label htmlFor="thread-official" className="font-medium text-slate-800">
              {t("official")}
            </label>
          </div>
        </fieldset>
      </FilterForm>
    </div>
  );
}
