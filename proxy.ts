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

export default auth((request) => {
  const path = request.nextUrl.pathname;
  if (!request.auth && SIGNED_IN_ONLY.some((pattern) => pattern.test(path))) {
    const locale = path.split("/")[1];
    const url = new URL(`/${locale}/sign-in`, request.nextUrl);
    url.searchParams.set("callbackUrl", path + request.nextUrl.search);
    return NextResponse.redirect(url);
  }
  return intl(request);
});

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
