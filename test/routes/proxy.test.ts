import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/db/schema";
import { COPY_REQUEST_HEADER, copyFetchHeaders } from "@/lib/cache/visitor-copies";
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
function request(path: string, init: { method?: string; cookie?: string; headers?: Record<string, string> } = {}) {
  return new NextRequest(`${ORIGIN}${path}`, {
    method: init.method ?? "GET",
    headers: { "x-forwarded-proto": "http", ...init.headers, ...(init.cookie ? { cookie: init.cookie } : {}) },
  });
}

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

  it("renders the objective page for a visitor that reaches Next (the visitors' copies are answered before it)", async () => {
    const response = await proxy(request(OBJECTIVE));
    expect(rewrittenTo(response!)).toBeNull();
    expect(response!.headers.get("location")).toBeNull();
    expect(response!.headers.get("link")).toContain('hreflang="fr"');
    expect(reissuesSession(response!)).toBe(false);
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
    expect((await proxy(request(OBJECTIVE, { cookie: forged })))!.headers.get("location")).toBeNull();
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

  it("sends the address the copies are made from to the real page, except for the fetches of the copies", async () => {
    const copyPage = "/en/visitor/consultations/gcm/objectives/2";
    expect((await proxy(request(`${copyPage}?x=1`)))!.headers.get("location")).toBe(`${ORIGIN}${OBJECTIVE}?x=1`);
    const guessed = await proxy(request(copyPage, { headers: { [COPY_REQUEST_HEADER]: "guessed" } }));
    expect(guessed!.headers.get("location")).toBe(`${ORIGIN}${OBJECTIVE}`);
    const fetch = await proxy(request(copyPage, { headers: copyFetchHeaders() }));
    expect(fetch!.headers.get("location")).toBeNull();
    expect(fetch!.headers.get("x-middleware-next")).toBe("1");
  });
});
