import NextAuth from "next-auth";
import createIntlMiddleware from "next-intl/middleware";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";

const intl = createIntlMiddleware(routing);
const { auth } = NextAuth({ ...authConfig, secret: env.AUTH_SECRET });

// Pages that make no sense without an account. This only saves a round trip: the pages and the
// domain layer refuse anonymous requests themselves.
const SIGNED_IN_ONLY = [/^\/[a-z]{2}\/account(\/|$)/, /^\/[a-z]{2}\/admin(\/|$)/, /^\/[a-z]{2}\/consultations\/[^/]+\/(moderation|secretariat|staff|audit)(\/|$)/];

// The objective page without a query: what a visitor without a session sees is the same for all of
// them, so it is served from the page cache (app/[locale]/visitor). Any query (filters, sort, pages,
// permalinks) or a session gets the page rendered for the request.
const CACHEABLE_FOR_VISITORS = /^\/[a-z]{2}\/consultations\/[^/]+\/objectives\/\d+$/;
// The cached copies are reached only through the rewrite below; their own URLs lead to the real page.
const VISITOR_COPY = /^\/([a-z]{2})\/visitor(\/.*)?$/;

export default auth((request) => {
  const path = request.nextUrl.pathname;
  if (!request.auth && SIGNED_IN_ONLY.some((pattern) => pattern.test(path))) {
    const locale = path.split("/")[1];
    const url = new URL(`/${locale}/sign-in`, request.nextUrl);
    url.searchParams.set("callbackUrl", path + request.nextUrl.search);
    return NextResponse.redirect(url);
  }
  const copy = VISITOR_COPY.exec(path);
  if (copy) return NextResponse.redirect(new URL(`/${copy[1]}${copy[2] ?? ""}${request.nextUrl.search}`, request.nextUrl));
  const response = intl(request);
  if (
    !request.auth &&
    request.method === "GET" &&
    !request.nextUrl.search &&
    CACHEABLE_FOR_VISITORS.test(path) &&
    !response.headers.has("location")
  ) {
    const [, locale, ...rest] = path.split("/");
    const rewrite = NextResponse.rewrite(new URL(`/${locale}/visitor/${rest.join("/")}`, request.nextUrl), { headers: response.headers });
    // The same URL answers a signed-in reader differently: shared caches must not keep this answer.
    rewrite.headers.set("cache-control", "private, no-cache");
    return rewrite;
  }
  return response;
});

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
