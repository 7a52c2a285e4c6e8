import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { createUser, PASSWORD, suspend } from "@/test/factories";
import { authenticate, SIGN_IN_LIMITS } from "./credentials";
import { hitLimits } from "./rate-limit";

// The real argon2, watched: timing equality comes from verifying a hash in every case.
const argon2 = vi.hoisted(() => ({ verified: [] as string[] }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...real,
    verify: (hashed: string, password: string) => {
      argon2.verified.push(hashed);
      return real.verify(hashed, password);
    },
  };
});

const client = () => `client-${Math.random()}`;

describe("authenticate", () => {
  it("accepts the right password, whatever the email's case and spacing", async () => {
    const user = await createUser();
    const result = await authenticate({ email: `  ${user.email.toUpperCase()} `, password: PASSWORD, client: client() });
    expect(result).toMatchObject({ ok: true, user: { id: user.id, sessionVersion: 1 } });
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    const user = await createUser();
    const wrong = await authenticate({ email: user.email, password: "wrong password!", client: client() });
    const unknown = await authenticate({ email: "nobody@example.org", password: PASSWORD, client: client() });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("pays for one argon2 verification for an unknown email, as for a wrong password", async () => {
    const user = await createUser();
    argon2.verified.length = 0;
    await authenticate({ email: user.email, password: "wrong password!", client: client() });
    await authenticate({ email: "nobody@example.org", password: "wrong password!", client: client() });
    expect(argon2.verified).toHaveLength(2);
    expect(argon2.verified[0]).toBe(user.passwordHash);
    // The unknown email is checked against a real argon2id hash, at the same cost.
    expect(argon2.verified[1]).toMatch(/^\$argon2id\$/);
    expect(argon2.verified[1]).not.toBe(user.passwordHash);
  });

  it("locks an email after too many attempts, even with the right password, then clears on success", async () => {
    const user = await createUser();
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.max; i++) {
      expect((await authenticate({ email: user.email, password: "wrong password!", client: client() })).ok).toBe(false);
    }
    const limited = await authenticate({ email: user.email, password: PASSWORD, client: client() });
    expect(limited).toMatchObject({ ok: false, reason: "rateLimited" });
    expect(limited.ok === false && limited.reason === "rateLimited" && limited.retryAfterSeconds).toBeGreaterThan(0);

    // Once the window has passed, the right password works and resets the counter.
    await getDb().update(rateLimits).set({ resetAt: new Date(Date.now() - 1000) }).where(eq(rateLimits.key, `sign-in:email:${user.email}`));
    expect((await authenticate({ email: user.email, password: PASSWORD, client: client() })).ok).toBe(true);
    expect(await getDb().select().from(rateLimits).where(eq(rateLimits.key, `sign-in:email:${user.email}`))).toHaveLength(0);
  });

  it("limits one client trying many emails", async () => {
    const from = client();
    for (let i = 0; i < 3; i++) await authenticate({ email: `probe-${i}@example.org`, password: "wrong password!", client: from });
    const [counter] = await getDb().select().from(rateLimits).where(eq(rateLimits.key, `sign-in:client:${from}`));
    expect(counter.hits).toBe(3);
    // Skip ahead to the limit rather than spend a hundred password hashes.
    await getDb().update(rateLimits).set({ hits: SIGN_IN_LIMITS.perClient.max }).where(eq(rateLimits.key, `sign-in:client:${from}`));
    const user = await createUser();
    expect(await authenticate({ email: user.email, password: PASSWORD, client: from })).toMatchObject({
      ok: false,
      reason: "rateLimited",
    });
    expect((await authenticate({ email: user.email, password: PASSWORD, client: client() })).ok).toBe(true);
  });

  it("refuses a platform-suspended account once its password is proven", async () => {
    const user = await createUser();
    await suspend(user, null);
    expect(await authenticate({ email: user.email, password: PASSWORD, client: client() })).toEqual({
      ok: false,
      reason: "suspended",
    });
    expect(await authenticate({ email: user.email, password: "wrong password!", client: client() })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});

describe("hitLimits", () => {
  it("counts concurrent hits exactly (the counter lives in the database)", async () => {
    const key = `test:${Math.random()}`;
    await Promise.all(Array.from({ length: 10 }, () => hitLimits(getDb(), [{ key, max: 100, windowSeconds: 60 }])));
    const [row] = await getDb().select().from(rateLimits).where(eq(rateLimits.key, key));
    expect(row.hits).toBe(10);
  });

  it("starts a new window once the old one has passed", async () => {
    const key = `test:${Math.random()}`;
    const limit = { key, max: 1, windowSeconds: 60 };
    expect((await hitLimits(getDb(), [limit])).exceeded).toBe(false);
    expect((await hitLimits(getDb(), [limit])).exceeded).toBe(true);
    await getDb().update(rateLimits).set({ resetAt: new Date(Date.now() - 1000) }).where(eq(rateLimits.key, key));
    expect((await hitLimits(getDb(), [limit])).exceeded).toBe(false);
  });
});
