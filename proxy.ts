import NextAuth from "next-auth";
import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { serveVisitorCopy } from "@/lib/cache/serve-visitor-copy";
import { isCopyFetch } from "@/lib/cache/visitor-copies";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";

const intl = createIntlMiddleware(routing);
const { auth } = NextAuth({ ...authConfig, secret: env.AUTH_SECRET });

// Pages that make no sense without an account. This only saves a round trip: the pages and the
// domain layer refuse anonymous requests themselves.
const SIGNED_IN_ONLY = [/^\/[a-z]{2}\/account(\/|$)/, /^\/[a-z]{2}\/admin(\/|$)/, /^\/[a-z]{2}\/consultations\/[^/]+\/(moderation|secretariat|staff|audit)(\/|$)/];

// The objective page without a query: what a visitor without a session sees is the same for all of
// them, so it is served from the visitors' copies (lib/cache/visitor-copies.ts) of the page rendered at
// app/[locale]/visitor. Any query (filters, sort, pages, permalinks) or a session gets the page
// rendered for the request.
const CACHEABLE_FOR_VISITORS = /^\/[a-z]{2}\/consultations\/[^/]+\/objectives\/\d+$/;
// The copies' own URLs lead to the real page, except for the proxy's own fetches of them.
const VISITOR_COPY = /^\/([a-z]{2})\/visitor(\/.*)?$/;

// Auth.js's session cookie, split into numbered parts when large; "__Secure-" over HTTPS.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** `signedIn` is undefined when the proxy did not ask (a form post): no page is chosen by it then. */
function route(request: NextRequest, signedIn: boolean | undefined) {
  const path = request.nextUrl.pathname;
  if (signedIn === false && SIGNED_IN_ONLY.some((pattern) => pattern.test(path))) {
    const locale = path.split("/")[1];
    const url = new URL(`/${locale}/sign-in`, request.nextUrl);
    url.searchParams.set("callbackUrl", path + request.nextUrl.search);
    return NextResponse.redirect(url);
  }
  const copyPath = VISITOR_COPY.exec(path);
  if (copyPath) {
    // The copy carries no language headers of its own: they are added per request as it is served.
    if (isCopyFetch(request.headers)) return NextResponse.next();
    return NextResponse.redirect(new URL(`/${copyPath[1]}${copyPath[2] ?? ""}${request.nextUrl.search}`, request.nextUrl));
  }
  if (signedIn === false && request.method === "GET" && !request.nextUrl.search && CACHEABLE_FOR_VISITORS.test(path)) {
    return serveVisitorCopy(request, intl);
  }
  return intl(request);
}

const routeWithSession = auth((request) => route(request, !!request.auth));

/**
 * Only a page request needs to know whether someone is signed in (for the redirects and the visitors'
 * copy above), and only when a session cookie comes with it. Asking Auth.js costs a decryption and a
 * re-issued cookie (which keeps the session rolling), so visitors and form posts skip it: what a
 * post may do is decided by the domain layer, which reads the session itself.
 */
export default function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") return route(request, undefined);
  const hasSession = request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name));
  // The proxy has no route parameters to hand on.
  return hasSession ? routeWithSession(request, { params: Promise.resolve({}) }) : route(request, false);
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
