import "server-only";
import { and, asc, desc, eq, gt, ilike, isNull, lte, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { suspensions, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";

export const ACCOUNT_SEARCH_LIMIT = 20;

/** A platform suspension in force now: started, not lifted, not ended. */
const activePlatformSuspension = and(
  isNull(suspensions.consultationId),
  isNull(suspensions.liftedAt),
  lte(suspensions.startsAt, sql`now()`),
  or(isNull(suspensions.endsAt), gt(suspensions.endsAt, sql`now()`)),
);

/** LIKE wildcards typed by the admin are matched literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Accounts whose email or name contains the text, for an admin about to suspend one. */
export async function findAccounts(actor: Actor, text: string) {
  assertCan(actor, "participant.suspendPlatform");
  const query = text.trim();
  if (!query) return [];
  return getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      organization: users.organization,
      stakeholderGroup: users.stakeholderGroup,
      country: users.country,
      platformRole: users.platformRole,
      // Written out with its tables: columns alone would render unqualified in a join-less select.
      suspended: sql<boolean>`EXISTS (SELECT 1 FROM ${suspensions} WHERE ${suspensions}.user_id = ${users}.id AND ${activePlatformSuspension})`,
    })
    .from(users)
    .where(or(ilike(users.email, containing(query)), ilike(users.name, containing(query))))
    .orderBy(asc(users.name), asc(users.email))
    .limit(ACCOUNT_SEARCH_LIMIT);
}

const suspender = alias(users, "suspender");

/** Platform suspensions in force, newest first, with who decided them. */
export async function listPlatformSuspensions(actor: Actor) {
  assertCan(actor, "participant.suspendPlatform");
  return getDb()
    .select({
      id: suspensions.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      reason: suspensions.reason,
      startsAt: suspensions.startsAt,
      endsAt: suspensions.endsAt,
      createdBy: suspender.name,
    })
    .from(suspensions)
    .innerJoin(users, eq(users.id, suspensions.userId))
    .leftJoin(suspender, eq(suspender.id, suspensions.createdBy))
    .where(activePlatformSuspension)
    .orderBy(desc(suspensions.startsAt), asc(suspensions.id));
}
