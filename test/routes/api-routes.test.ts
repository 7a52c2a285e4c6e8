import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { GET as health } from "@/app/api/health/route";
import { createUser, PASSWORD } from "@/test/factories";

/** Route handlers called as a script or a load balancer would: plain HTTP requests, no browser. */

const BASE = "http://localhost:3000";

describe("GET /api/health", () => {
  it("answers anyone with the database's state", async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: { reachable: true } });
    expect(["pglite", "postgres"]).toContain(body.database.driver);
  });
});

describe("POST /api/auth/callback/credentials", () => {
  const client = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

  async function csrf(): Promise<{ token: string; cookie: string }> {
    const response = await authGet(new NextRequest(`${BASE}/api/auth/csrf`));
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    return { token: csrfToken, cookie };
  }

  async function signIn(email: string, password: string, from = client): Promise<Response> {
    const { token, cookie } = await csrf();
    return authPost(
      new NextRequest(`${BASE}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": from },
        body: new URLSearchParams({ email, password, csrfToken: token }),
      }),
    );
  }

  it("sets a session cookie for the right password", async () => {
    const user = await createUser();
    const response = await signIn(user.email, PASSWORD);
    expect(response.status).toBe(302);
    expect(response.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="))).toBe(true);
  });

  it("sends a wrong password back to the sign-in page without a session", async () => {
    const user = await createUser();
    const response = await signIn(user.email, "wrong password!");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toContain("/sign-in?error=CredentialsSignin&code=invalid_credentials");
    expect(response.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token=ey"))).toBe(false);
  });

  it("answers 429 with Retry-After once an email is rate-limited", async () => {
    const user = await createUser();
    for (let i = 0; i < 5; i++) await signIn(user.email, "wrong password!");
    const response = await signIn(user.email, PASSWORD);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({ error: "rate_limited" });
  });
});
