import { COUNTRY_REGIONS } from "./country-regions";

export type CountryCode = keyof typeof COUNTRY_REGIONS;
export type Region = (typeof COUNTRY_REGIONS)[CountryCode];

export const REGIONS = ["africa", "americas", "asia", "europe", "oceania"] as const satisfies readonly Region[];

export const COUNTRY_CODES = Object.keys(COUNTRY_REGIONS) as CountryCode[];

export function isCountryCode(value: string): value is CountryCode {
  return Object.hasOwn(COUNTRY_REGIONS, value);
}

export function regionOf(country: string): Region | undefined {
  return isCountryCode(country) ? COUNTRY_REGIONS[country] : undefined;
}

export function countriesIn(region: Region): CountryCode[] {
  return COUNTRY_CODES.filter((code) => COUNTRY_REGIONS[code] === region);
}

/** The country's name in the reader's language. */
export function countryName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(code) ?? code;
}

/** Every country, named and sorted for the reader's language, for pickers. */
export function countryOptions(locale: string): { code: CountryCode; name: string }[] {
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  const collator = new Intl.Collator(locale);
  return COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}
