import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, UI_LOCALES } from "./locales";

export const routing = defineRouting({
  locales: UI_LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
});
