import { parse } from "cookie";
import { hasLocale } from "next-intl";
import { LOCALE_COOKIE, routing } from "./routing";

/**
 * The language of a Server Action called from a page: that page's. Such calls do not pass through
 * the proxy (proxy.ts, where Next's handling of a post costs a quarter of it), which is what gives
 * every other request its language; the page that called is the address the browser sends as
 * Referer on its own site, else the language cookie its last page view set. Undefined when neither
 * names a language.
 */
export function actionLocale(headers: { get(name: string): string | null }): string | undefined {
  const page = pathLocale(headers.get("referer"));
  if (page) return page;
  const cookie = parse(headers.get("cookie") ?? "")[LOCALE_COOKIE];
  return hasLocale(routing.locales, cookie) ? cookie : undefined;
}

function pathLocale(url: string | null): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const segment = new URL(url).pathname.split("/")[1];
  return hasLocale(routing.locales, segment) ? segment : undefined;
}
