import NextAuth from "next-auth";
import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { carriesSession } from "@/lib/auth/session-cookie-name";
import { isCopyFetch } from "@/lib/cache/visitor-copies";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";

const intl = createIntlMiddleware(routing);
const { auth } = NextAuth({ ...authConfig, secret: env.AUTH_SECRET });

// Pages that make no sense without an account. This only saves a round trip: the pages and the
// domain layer refuse anonymous requests themselves.
const SIGNED_IN_ONLY = [/^\/[a-z]{2}\/account(\/|$)/, /^\/[a-z]{2}\/admin(\/|$)/, /^\/[a-z]{2}\/consultations\/[^/]+\/(moderation|secretariat|staff|audit)(\/|$)/];

// The pages the visitors' copies are made from (app/[locale]/visitor, see lib/cache/visitor-front.ts):
// their own URLs lead to the real page, except for the fetches of the copies.
const VISITOR_COPY = /^\/([a-z]{2})\/visitor(\/.*)?$/;

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
    // The copy carries no language headers of its own: they are added to each answer made from it.
    if (isCopyFetch(request.headers)) return NextResponse.next();
    return NextResponse.redirect(new URL(`/${copyPath[1]}${copyPath[2] ?? ""}${request.nextUrl.search}`, request.nextUrl));
  }
  return intl(request);
}

const routeWithSession = auth((request) => route(request, !!request.auth));

/**
 * Only a page request needs to know whether someone is signed in (for the redirects above), and only
 * when a session cookie comes with it. Asking Auth.js costs a decryption and a
 * re-issued cookie (which keeps the session rolling), so visitors and form posts skip it: what a
 * post may do is decided by the domain layer, which reads the session itself.
 */
export default function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") return route(request, undefined);
  // The proxy has no route parameters to hand on.
  return carriesSession(request.headers.get("cookie")) ? routeWithSession(request, { params: Promise.resolve({}) }) : route(request, false);
}

export const config = {
  // Server Actions called by the client router skip the proxy: routing decides nothing for them, and
  // Next's handing of a post through a proxy cost a quarter of the post (their language:
  // lib/i18n/action-locale.ts). A form posted without JavaScript still passes through.
  matcher: [{ source: "/((?!api|_next|_vercel|.*\\..*).*)", missing: [{ type: "header", key: "next-action" }] }],
};
