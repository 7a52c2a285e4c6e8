import { encode } from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { createUser, sessionCookie } from "@/test/factories";
import type { User } from "@/db/schema";
import { ANONYMOUS } from "./actor";
import { actorOfRequest } from "./current-actor";
import { readSessionCookie } from "./session-cookie";
import { revokeSessions } from "./sessions";

/**
 * The session as pages, actions and route handlers read it: the cookie Auth.js's real sign-in sets,
 * and forged, damaged, expired, split and HTTPS-named variants of it.
 */

let user: User;
let token: string;

beforeAll(async () => {
  user = await createUser();
  token = (await sessionCookie(user)).split("=")[1];
});

function request(cookies: Record<string, string>, protocol = "http") {
  const cookie = Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
  return new Headers({ cookie, "x-forwarded-proto": protocol });
}

afterEach(() => {
  vi.useRealTimers();
});

describe("readSessionCookie", () => {
  it("reads the user and session version from the cookie the sign-in set", async () => {
    expect(await readSessionCookie(request({ "authjs.session-token": token }))).toEqual({ userId: user.id, sessionVersion: 1 });
    const actor = await actorOfRequest(request({ "authjs.session-token": token }));
    expect(actor).toMatchObject({ kind: "user", id: user.id });
  });

  it("puts a cookie split into numbered parts back together, in their order", async () => {
    const half = Math.floor(token.length / 2);
    const split = request({ "authjs.session-token.1": token.slice(half), "authjs.session-token.0": token.slice(0, half) });
    expect(await readSessionCookie(split)).toMatchObject({ userId: user.id });
  });

  it("treats no cookie, a damaged one, another secret's and an expired one as no session", async () => {
    const flipped = token.slice(0, 40) + (token[40] === "A" ? "B" : "A") + token.slice(41);
    const foreign = await encode({ token: { sub: user.id, sv: 1 }, secret: "another-secret-of-at-least-32-characters", salt: "authjs.session-token" });
    const expired = await encode({ token: { sub: user.id, sv: 1 }, secret: env.AUTH_SECRET, salt: "authjs.session-token", maxAge: -60 });
    for (const value of [undefined, flipped, "not-a-token", foreign, expired]) {
      const cookies: Record<string, string> = value === undefined ? {} : { "authjs.session-token": value };
      expect(await readSessionCookie(request(cookies))).toBeNull();
      expect(await actorOfRequest(request(cookies))).toBe(ANONYMOUS);
    }
  });

  it("reads the __Secure- cookie over HTTPS, and only that one", async () => {
    const secure = await encode({ token: { sub: user.id, sv: 1 }, secret: env.AUTH_SECRET, salt: "__Secure-authjs.session-token" });
    expect(await readSessionCookie(request({ "__Secure-authjs.session-token": secure }, "https"))).toMatchObject({ userId: user.id });
    // Each name is its own key: a cookie moved to the other name does not decrypt.
    expect(await readSessionCookie(request({ "__Secure-authjs.session-token": token }, "https"))).toBeNull();
    expect(await readSessionCookie(request({ "authjs.session-token": token }, "https"))).toBeNull();
    expect(await readSessionCookie(request({ "__Secure-authjs.session-token": secure }, "http"))).toBeNull();
  });

  it("stops reading a cookie it has read before once it expires", async () => {
    const short = await encode({ token: { sub: user.id, sv: 1 }, secret: env.AUTH_SECRET, salt: "authjs.session-token", maxAge: 60 });
    expect(await readSessionCookie(request({ "authjs.session-token": short }))).toMatchObject({ userId: user.id });
    expect(await readSessionCookie(request({ "authjs.session-token": short }))).toMatchObject({ userId: user.id });
    vi.useFakeTimers({ now: Date.now() + 120_000, toFake: ["Date"] });
    expect(await readSessionCookie(request({ "authjs.session-token": short }))).toBeNull();
  });

  it("gives no actor for a cookie whose sessions were revoked", async () => {
    const other = await createUser();
    const cookie = (await sessionCookie(other)).split("=")[1];
    await revokeSessions(getDb(), other.id);
    expect(await readSessionCookie(request({ "authjs.session-token": cookie }))).toMatchObject({ userId: other.id });
    expect(await actorOfRequest(request({ "authjs.session-token": cookie }))).toBe(ANONYMOUS);
  });
});
