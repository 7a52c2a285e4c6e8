import http from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { User } from "@/db/schema";
import { COPY_REQUEST_HEADER, dropVisitorCopies } from "@/lib/cache/visitor-copies";
import proxy from "@/proxy";
import { createUser, sessionCookie } from "@/test/factories";

/**
 * The proxy as Next calls it, with and without a real session cookie. It only hides and routes (the
 * pages and the domain layer decide); these are the choices it makes.
 */

const ORIGIN = "http://localhost:3000";
const OBJECTIVE = "/en/consultations/gcm/objectives/2";

let cookie: string;

beforeAll(async () => {
  const user: User = await createUser();
  cookie = await sessionCookie(user);
});

/** A request as Next hands it to the proxy (Next adds the forwarded protocol; Auth.js names its cookie after it). */
function request(path: string, init: { method?: string; cookie?: string; origin?: string; headers?: Record<string, string> } = {}) {
  return new NextRequest(`${init.origin ?? ORIGIN}${path}`, {
    method: init.method ?? "GET",
    headers: { "x-forwarded-proto": "http", ...init.headers, ...(init.cookie ? { cookie: init.cookie } : {}) },
  });
}

/**
 * The proxy fetches the visitors' copies from the server itself (the request's own origin here):
 * a small real server stands in for it, answering for objective 2 and 404 for others.
 */
const pageServer = { origin: "", fetches: 0, token: undefined as string | undefined, server: http.createServer() };
pageServer.server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
  pageServer.fetches++;
  pageServer.token = req.headers[COPY_REQUEST_HEADER] as string;
  const found = req.url === "/en/visitor/consultations/gcm/objectives/2";
  res.writeHead(found ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
  res.end(found ? `<p>copy of ${req.url}</p>` : "not found");
});

beforeAll(async () => {
  await new Promise<void>((resolve) => pageServer.server.listen(0, "localhost", resolve));
  pageServer.origin = `http://localhost:${(pageServer.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => pageServer.server.close(() => resolve())));
beforeEach(() => {
  dropVisitorCopies();
  pageServer.fetches = 0;
});

const rewrittenTo = (response: Response) => response.headers.get("x-middleware-rewrite");
const reissuesSession = (response: Response) =>
  response.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="));

describe("proxy", () => {
  it("sends a visitor of a signed-in page to the sign-in page, and back after", async () => {
    const response = await proxy(request("/en/account?tab=profile"));
    const location = new URL(response!.headers.get("location")!);
    expect(location.pathname).toBe("/en/sign-in");
    expect(location.searchParams.get("callbackUrl")).toBe("/en/account?tab=profile");
  });

  it("serves a visitor the copy of the objective page, with the request's language headers, kept out of shared caches", async () => {
    const response = (await proxy(request(OBJECTIVE, { origin: pageServer.origin })))!;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(`<p>copy of /en/visitor/consultations/gcm/objectives/2</p>`);
    expect(rewrittenTo(response)).toBeNull();
    expect(response.headers.get("x-middleware-next")).toBeNull();
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("link")).toContain(`<${pageServer.origin}/fr/consultations/gcm/objectives/2>; rel="alternate"; hreflang="fr"`);
    expect(response.headers.getSetCookie()).toEqual([expect.stringMatching(/^NEXT_LOCALE=en;/)]);
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect(Number(response.headers.get("age"))).toBeGreaterThanOrEqual(0);
    expect(reissuesSession(response)).toBe(false);

    // The second visitor, who has the language cookie, gets the same copy without it again.
    const again = (await proxy(request(OBJECTIVE, { origin: pageServer.origin, cookie: "NEXT_LOCALE=en" })))!;
    expect(await again.text()).toBe(`<p>copy of /en/visitor/consultations/gcm/objectives/2</p>`);
    expect(again.headers.getSetCookie()).toEqual([]);
    expect(again.headers.get("etag")).toBe(response.headers.get("etag"));
    expect(pageServer.fetches).toBe(1);
  });

  it("answers 304 to a browser that has the copy", async () => {
    const first = (await proxy(request(OBJECTIVE, { origin: pageServer.origin })))!;
    const etag = first.headers.get("etag")!;
    const revalidated = (await proxy(request(OBJECTIVE, { origin: pageServer.origin, headers: { "if-none-match": etag } })))!;
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("etag")).toBe(etag);
    expect(await revalidated.text()).toBe("");
  });

  it("renders the page for the request when no copy can be had", async () => {
    const response = await proxy(request("/en/consultations/gcm/objectives/404", { origin: pageServer.origin }));
    expect(rewrittenTo(response!)).toBe(`${pageServer.origin}/en/visitor/consultations/gcm/objectives/404`);
    expect(response!.headers.get("link")).toContain('hreflang="fr"');
  });

  it("renders the objective page for a visitor with a query", async () => {
    const response = await proxy(request(`${OBJECTIVE}?sort=oldest`));
    expect(rewrittenTo(response!)).toBeNull();
  });

  it("renders the page for a signed-in reader, lets them into signed-in pages, and keeps the session rolling", async () => {
    const page = await proxy(request(OBJECTIVE, { cookie }));
    expect(rewrittenTo(page!)).toBeNull();
    expect(reissuesSession(page!)).toBe(true);
    const account = await proxy(request("/en/account", { cookie }));
    expect(account!.headers.get("location")).toBeNull();
  });

  it("treats a cookie that does not decrypt as no session", async () => {
    const forged = "authjs.session-token=not-a-session";
    expect(new URL((await proxy(request("/en/account", { cookie: forged })))!.headers.get("location")!).pathname).toBe("/en/sign-in");
    expect(await (await proxy(request(OBJECTIVE, { cookie: forged, origin: pageServer.origin })))!.text()).toContain("copy of");
  });

  it("leaves form posts to the page and its action, without reading the session", async () => {
    for (const init of [{ method: "POST" }, { method: "POST", cookie }]) {
      const account = await proxy(request("/en/account", init));
      expect(account!.headers.get("location")).toBeNull();
      const objective = await proxy(request(OBJECTIVE, init));
      expect(rewrittenTo(objective!)).toBeNull();
      expect(reissuesSession(objective!)).toBe(false);
    }
  });

  it("sends the copy's own address to the real page, except for the proxy's own fetch of it", async () => {
    const response = await proxy(request("/en/visitor/consultations/gcm/objectives/2?x=1"));
    expect(response!.headers.get("location")).toBe(`${ORIGIN}${OBJECTIVE}?x=1`);
    const guessed = await proxy(request("/en/visitor/consultations/gcm/objectives/2", { headers: { [COPY_REQUEST_HEADER]: "guessed" } }));
    expect(guessed!.headers.get("location")).toBe(`${ORIGIN}${OBJECTIVE}`);

    await proxy(request(OBJECTIVE, { origin: pageServer.origin }));
    const own = await proxy(request("/en/visitor/consultations/gcm/objectives/2", { headers: { [COPY_REQUEST_HEADER]: pageServer.token! } }));
    expect(own!.headers.get("location")).toBeNull();
    expect(own!.headers.get("x-middleware-next")).toBe("1");
  });
});
