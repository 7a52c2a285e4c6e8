import type { IncomingMessage, ServerResponse } from "node:http";
import { parse } from "cookie";
import Negotiator from "negotiator";
import createIntlMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { carriesSession } from "@/lib/auth/session-cookie-name";
import { SECURITY_HEADERS } from "@/lib/http/security-headers";
import { LOCALE_COOKIE, routing } from "@/lib/i18n/routing";
import { visitorCopy, type VisitorCopy } from "./visitor-copies";

/** The objective page without a query (filters, sort, pages and permalinks are rendered per request). */
const OBJECTIVE_PAGE = /^\/([a-z]{2})\/(consultations\/[^/?]+\/objectives\/\d+)$/;
// As Next answers its pages: the same URL asked for by the client router carries these headers.
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";
const MAX_LANGUAGE_HEADERS = 1_000;
const SECURITY = SECURITY_HEADERS.map(({ key, value }): [string, string] => [key, value]);

const intl = createIntlMiddleware(routing);
/**
 * What the language middleware adds to a page (the language cookie, the `hreflang` alternates)
 * depends only on the page, the address it was asked at and the language cookie sent, so it is worked
 * out once for each; null where the middleware redirects instead (Next answers those).
 */
const languageHeaders = new Map<string, [string, string][] | null>();

type Handler = (request: IncomingMessage, response: ServerResponse) => boolean | Promise<boolean>;

/**
 * Answers a visitor's objective page from the visitors' copies before Next sees the request: a GET
 * or HEAD without a query, a session or the client router's headers. Returns false, having written
 * nothing, for every other request and when no copy can be had (the page answers an error, the
 * database is down): Next then renders the page for the request, which says what went wrong. The
 * copies are fetched from `origin`, this server.
 */
export function visitorFront(origin: string): Handler {
  return (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") return false;
    const page = OBJECTIVE_PAGE.exec(request.url ?? "");
    const headers = request.headers;
    if (!page || carriesSession(headers.cookie) || headers.rsc || headers["next-action"]) return false;
    const language = languageHeadersOf(request);
    if (!language) return false;
    const copy = visitorCopy(`/${page[1]}/visitor/${page[2]}`, origin);
    if (!(copy instanceof Promise)) return send(copy, language, request, response);
    return copy.then((fetched) => (fetched ? send(fetched, language, request, response) : false));
  };
}

function languageHeadersOf(request: IncomingMessage): [string, string][] | null {
  const protocol = (first(request.headers["x-forwarded-proto"]) ?? "http").split(",")[0].trim();
  const url = `${protocol}://${request.headers.host ?? "localhost"}${request.url}`;
  const key = `${url} ${parse(request.headers.cookie ?? "")[LOCALE_COOKIE] ?? ""}`;
  const known = languageHeaders.get(key);
  if (known !== undefined) return known;
  let headers: [string, string][] | null;
  try {
    const answer = intl(new NextRequest(url, { headers: { cookie: request.headers.cookie ?? "" } }));
    // Next's instructions to itself (continue, rewrite) are not for the browser.
    headers = answer.headers.has("location") ? null : [...answer.headers].filter(([name]) => !name.startsWith("x-middleware-"));
  } catch {
    headers = null; // an address that is no URL (a malformed Host): Next answers it
  }
  if (languageHeaders.size >= MAX_LANGUAGE_HEADERS) languageHeaders.clear();
  languageHeaders.set(key, headers);
  return headers;
}

function send(copy: VisitorCopy, language: [string, string][], request: IncomingMessage, response: ServerResponse): true {
  const gzipped = new Negotiator(request).encoding(["gzip", "identity"]) === "gzip";
  const body = gzipped ? copy.gzipped : copy.body;
  const headers: [string, string][] = [
    ...SECURITY,
    ...copy.headers,
    ...language,
    ["etag", copy.etag],
    ["age", String(Math.floor((Date.now() - copy.renderedAt) / 1000))],
    // The same URL answers a signed-in reader differently: shared caches must not keep this answer.
    ["cache-control", "private, no-cache"],
    ["vary", VARY],
  ];
  if (hasCopy(request.headers["if-none-match"], copy.etag)) {
    response.writeHead(304, headers.flat()).end();
    return true;
  }
  headers.push(["content-length", String(body.length)]);
  if (gzipped) headers.push(["content-encoding", "gzip"]);
  response.writeHead(200, headers.flat());
  response.end(request.method === "HEAD" ? undefined : body);
  return true;
}

/** Whether the browser's `If-None-Match` (one tag, a list, or `*`) names the copy it has. */
function hasCopy(ifNoneMatch: string | undefined, etag: string): boolean {
  return !!ifNoneMatch && ifNoneMatch.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*");
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
