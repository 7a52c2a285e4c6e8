import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { suspensions, users } from "@/db/schema";
import { clearLimit, hitLimits, type Limit } from "./rate-limit";
import { verifyPassword } from "./password";

export const SIGN_IN_LIMITS = {
  perEmail: { max: 5, windowSeconds: 15 * 60 },
  // Generous: many people can share one address (an office, a conference network).
  perClient: { max: 100, windowSeconds: 15 * 60 },
} as const;

export type AuthenticationResult =
  | { ok: true; user: { id: string; name: string; email: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "suspended" }
  | { ok: false; reason: "rateLimited"; retryAfterSeconds: number };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function emailLimitKey(email: string): string {
  return `sign-in:email:${email}`;
}

/**
 * Checks an email and password. Every attempt counts against the email and the client; a success
 * clears the email's counter. Unknown email and wrong password give the same answer in the same time.
 */
export async function authenticate(input: { email: string; password: string; client: string }): Promise<AuthenticationResult> {
  const db = getDb();
  const email = normalizeEmail(input.email);
  const limits: Limit[] = [
    { key: emailLimitKey(email), ...SIGN_IN_LIMITS.perEmail },
    { key: `sign-in:client:${input.client}`, ...SIGN_IN_LIMITS.perClient },
  ];
  const limit = await hitLimits(db, limits);
  if (limit.exceeded) return { ok: false, reason: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };

  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
      platformSuspended: sql<boolean>`EXISTS (
        SELECT 1 FROM ${suspensions} x WHERE x.user_id = ${users}.id AND x.consultation_id IS NULL
          AND x.lifted_at IS NULL AND x.starts_at <= now() AND (x.ends_at IS NULL OR x.ends_at > now()))`,
    })
    .from(users)
    .where(eq(users.email, email));

  if (!(await verifyPassword(user?.passwordHash, input.password)) || !user) return { ok: false, reason: "invalid" };
  await clearLimit(db, emailLimitKey(email));
  if (user.platformSuspended) return { ok: false, reason: "suspended" };
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
}
