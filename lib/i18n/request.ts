import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { headers } from "next/headers";
import { actionLocale } from "./action-locale";
import { loadCatalog } from "./catalog";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  // Pages get their language from their address (the proxy, or setRequestLocale); Server Actions,
  // which skip the proxy, from the page that called them.
  const requested = (await requestLocale) ?? actionLocale(await headers());
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: await loadCatalog(locale),
  };
});
