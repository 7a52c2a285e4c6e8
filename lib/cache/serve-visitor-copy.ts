import { NextResponse, type NextRequest } from "next/server";
import { visitorCopy, type VisitorCopy } from "./visitor-copies";

type LanguageMiddleware = (request: NextRequest) => NextResponse;

/**
 * What the language middleware adds to a visitor's objective page (the language cookie, the
 * `hreflang` alternates) depends only on the page, the address it was asked at and the language cookie
 * sent; a copy is served in about a sixth less time when it is not worked out again each time.
 */
const languageHeaders = new Map<string, [string, string][]>();
const MAX_LANGUAGE_HEADERS = 1_000;
const LOCALE_COOKIE = "NEXT_LOCALE";

/**
 * A visitor's objective page (path `/{locale}/consultations/{slug}/objectives/{n}`, no query, no
 * session) from the visitors' copies, with this request's language headers; 304 when the browser
 * has the copy. Without a copy (the page could not be fetched, or is an error page) the page is
 * rendered for the request.
 */
export function serveVisitorCopy(request: NextRequest, intl: LanguageMiddleware): NextResponse | Promise<NextResponse> {
  const path = request.nextUrl.pathname;
  const key = `${request.nextUrl.origin}${path} ${request.cookies.get(LOCALE_COOKIE)?.value ?? ""}`;
  const known = languageHeaders.get(key);
  const response = known ? undefined : intl(request);
  if (response?.headers.has("location")) return response;

  const [, locale, ...rest] = path.split("/");
  const copyPath = `/${locale}/visitor/${rest.join("/")}`;
  const serve = (copy: VisitorCopy | undefined) =>
    copy
      ? withHeaders(copy, request, known ?? remember(key, response!))
      : NextResponse.rewrite(new URL(copyPath, request.nextUrl), { headers: (response ?? intl(request)).headers });
  const copy = visitorCopy(copyPath, serverOrigin(request));
  return copy instanceof Promise ? copy.then(serve) : serve(copy);
}

/**
 * Where the copies are fetched from: this server itself, as Next started it (the address the request
 * came to may lead back through a load balancer, or nowhere from inside).
 */
function serverOrigin(request: NextRequest): string {
  return process.env.__NEXT_PRIVATE_ORIGIN ?? request.nextUrl.origin;
}

function remember(key: string, response: NextResponse): [string, string][] {
  // Next's instructions to itself (continue, rewrite) would make it render the page after all.
  const headers = [...response.headers].filter(([name]) => !name.startsWith("x-middleware-"));
  if (languageHeaders.size >= MAX_LANGUAGE_HEADERS) languageHeaders.clear();
  languageHeaders.set(key, headers);
  return headers;
}

function withHeaders(copy: VisitorCopy, request: NextRequest, language: [string, string][]): NextResponse {
  const headers: [string, string][] = [
    ...copy.headers,
    ...language,
    ["etag", copy.etag],
    ["age", String(Math.floor((Date.now() - copy.renderedAt) / 1000))],
    // The same URL answers a signed-in reader differently: shared caches must not keep this answer.
    ["cache-control", "private, no-cache"],
  ];
  if (request.headers.get("if-none-match") === copy.etag) return new NextResponse(null, { status: 304, headers });
  return new NextResponse(copy.body, { headers });
}
