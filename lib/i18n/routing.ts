import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, UI_LOCALES } from "./locales";

/** The cookie the language middleware keeps the reader's language in (next-intl's name for it). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export const routing = defineRouting({
  locales: UI_LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
});
