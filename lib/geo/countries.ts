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

// Building an Intl.DisplayNames costs about a millisecond, and a page names a country per comment:
// one per language, and one sorted list per language, made once per process.
const displayNames = new Map<string, Intl.DisplayNames>();
const sortedOptions = new Map<string, readonly { code: CountryCode; name: string }[]>();

function namesIn(locale: string): Intl.DisplayNames {
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" })));
  return names;
}

/** The country's name in the reader's language. */
export function countryName(code: string, locale: string): string {
  return namesIn(locale).of(code) ?? code;
}

/** Every country, named and sorted for the reader's language, for pickers. */
export function countryOptions(locale: string): readonly { code: CountryCode; name: string }[] {
  let options = sortedOptions.get(locale);
  if (!options) {
    const names = namesIn(locale);
    const collator = new Intl.Collator(locale);
    options = COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
    sortedOptions.set(locale, options);
  }
  return options;
}
