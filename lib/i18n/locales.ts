/**
 * The six UN languages, in which comments may be written. The interface is offered in those that
 * have a complete message catalog (messages/<code>/, one file per area); adding a catalog and its code to
 * UI_LOCALES is all it takes to offer another.
 */
export const LANGUAGES = [
  { code: "en", name: "English", dir: "ltr" },
  { code: "fr", name: "Français", dir: "ltr" },
  { code: "es", name: "Español", dir: "ltr" },
  { code: "ar", name: "العربية", dir: "rtl" },
  { code: "zh", name: "中文", dir: "ltr" },
  { code: "ru", name: "Русский", dir: "ltr" },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]["code"];
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [LanguageCode, ...LanguageCode[]];

export const UI_LOCALES = ["en", "fr", "ar"] as const satisfies readonly LanguageCode[];
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_LOCALE: UiLocale = "en";

export function isUiLocale(value: string): value is UiLocale {
  return (UI_LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: string): "ltr" | "rtl" {
  return LANGUAGES.find((l) => l.code === locale)?.dir ?? "ltr";
}
