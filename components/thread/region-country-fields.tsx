"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { inputClass } from "@/components/ui/field";
import { countryOptions, regionOf, type Region } from "@/lib/geo/countries";

type Option = { value: string; label: string };

/**
 * The region and country filters. The country list offers the chosen region's countries only: all
 * 248 of them, on every objective page, were a fifth of its markup and a quarter of its layout time.
 * Without JavaScript the countries appear once the region is applied; with it, as soon as it is
 * chosen. The first list comes from the server, so the page hydrates with the names it was rendered
 * with; later ones are named by the browser in the same way (Intl.DisplayNames).
 */
export function RegionCountryFields({
  regions,
  region,
  country,
  countries,
}: {
  regions: Option[];
  /** The region filter in effect. */
  region?: Region;
  /** The country filter in effect. */
  country?: string;
  /** The countries of `region`, or of `country`'s region when only a country is filtered; with `country` among them. */
  countries: Option[];
}) {
  const t = useTranslations("threadControls");
  const locale = useLocale();
  const [listed, setListed] = useState(countries);

  function chooseRegion(value: string) {
    setListed(value ? countryOptions(locale).flatMap((c) => (regionOf(c.code) === value ? [{ value: c.code, label: c.name }] : [])) : []);
  }

  const none = listed.length === 0;
  return (
    <>
      <div className="flex flex-col gap-1">
        <label htmlFor="thread-region" className="text-sm font-medium text-slate-800">
          {t("region")}
        </label>
        <select id="thread-region" name="region" defaultValue={region ?? ""} onChange={(event) => chooseRegion(event.target.value)} className={inputClass}>
          <option value="">{t("allRegions")}</option>
          {regions.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="thread-country" className="text-sm font-medium text-slate-800">
          {t("country")}
        </label>
        {/* Remounted with each list, so a country of the previous region is not kept. */}
        <select
          key={listed[0]?.value ?? "none"}
          id="thread-country"
          name="country"
          defaultValue={country ?? ""}
          disabled={none}
          aria-describedby={none ? "thread-country-hint" : undefined}
          className={`${inputClass} disabled:bg-slate-100 disabled:text-slate-600`}
        >
          <option value="">{t("allCountries")}</option>
          {listed.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        {none ? (
          <p id="thread-country-hint" className="text-sm text-slate-600">
            {t("countryHint")}
          </p>
        ) : null}
      </div>
    </>
  );
}
