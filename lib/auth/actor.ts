import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { prepared } from "@/db/prepared";
import { users } from "@/db/schema";
import type { AffiliationStatus, PlatformRole, StaffRole, StakeholderGroup } from "@/lib/domain-values";

/** Who is asking. Every domain function takes one as its first argument. */
export type Actor = AnonymousActor | UserActor;

export interface AnonymousActor {
  kind: "anonymous";
}

export interface UserActor {
  kind: "user";
  id: string;
  name: string;
  email: string;
  locale: string;
  platformRole: PlatformRole;
  stakeholderGroup: StakeholderGroup;
  affiliationStatus: AffiliationStatus;
  /** Staff roles by consultation id. */
  staff: Record<string, StaffRole[]>;
  /** Consultation ids the user is suspended from. */
  suspendedIn: string[];
}

export const ANONYMOUS: AnonymousActor = { kind: "anonymous" };

const actorRow = prepared("actor", (db: Database) =>
  db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      platformRole: users.platformRole,
      stakeholderGroup: users.stakeholderGroup,
      affiliationStatus: users.affiliationStatus,
      sessionVersion: users.sessionVersion,
      staff: sql<{ c: string; r: StaffRole }[]>`coalesce((
        SELECT json_agg(json_build_object('c', s.consultation_id, 'r', s.role))
        FROM consultation_staff s WHERE s.user_id = ${users}.id), '[]'::json)`,
      suspensions: sql<{ c: string | null }[]>`coalesce((
        SELECT json_agg(json_build_object('c', x.consultation_id))
        FROM suspensions x
        WHERE x.user_id = ${users}.id AND x.lifted_at IS NULL AND x.starts_at <= now()
          AND (x.ends_at IS NULL OR x.ends_at > now())), '[]'::json)`,
    })
    .from(users)
    .where(eq(users.id, sql.placeholder("userId"))),
);

/**
 * Loads the actor for a signed-in user in one query. A session whose version no longer matches
 * (signed out elsewhere, password changed), of a user suspended from the whole platform, or of a
 * user who is gone yields the anonymous actor: the session is revoked at this very request.
 */
export async function loadActor(db: Database, userId: string, sessionVersion: number | undefined): Promise<Actor> {
  const [row] = await actorRow(db, { userId });
  if (!row || row.sessionVersion !== sessionVersion || row.suspensions.some((s) => s.c === null)) return ANONYMOUS;

  const staff: Record<string, StaffRole[]> = {};
  for (const { c, r } of row.staff) (staff[c] ??= []).push(r);
  return {
    kind: "user",
    id: row.id,
    name: row.name,
    email: row.email,
    locale: row.locale,
    platformRole: row.platformRole,
    stakeholderGroup: row.stakeholderGroup,
    affiliationStatus: row.affiliationStatus,
    staff,
    suspendedIn: row.suspensions.flatMap((s) => (s.c ? [s.c] : [])),
  };
}
