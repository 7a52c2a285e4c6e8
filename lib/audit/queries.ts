import "server-only";
import { and, asc, desc, eq, gte, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { auditLog, comments, objectives, users, type Consultation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policy";
import { SYSTEM_ACTOR, type AuditQuery } from "./schemas";

export const AUDIT_PAGE_SIZE = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

const actorUser = alias(users, "actor_user");
const targetUser = alias(users, "target_user");

/**
 * What a consultation's audit view covers: its own rows and, for those who take platform-wide
 * decisions themselves (affiliation verifiers, admins), the platform-wide ones, which change who
 * may speak, and how, in every consultation. A moderator does not read other people's verification
 * notes and platform suspension reasons.
 */
function scopeOf(actor: Actor, consultation: Consultation): SQL {
  const own = eq(auditLog.consultationId, consultation.id);
  return can(actor, "affiliation.verify") ? or(own, isNull(auditLog.consultationId))! : own;
}

function filtersOf(query: AuditQuery): SQL[] {
  const filters: SQL[] = [];
  if (query.actor === SYSTEM_ACTOR) filters.push(isNull(auditLog.actorId));
  else if (query.actor) filters.push(eq(auditLog.actorId, query.actor));
  if (query.action) filters.push(eq(auditLog.action, query.action));
  // Whole days in UTC, both ends included.
  if (query.from) filters.push(gte(auditLog.at, new Date(`${query.from}T00:00:00Z`)));
  if (query.to) filters.push(lt(auditLog.at, new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS)));
  return filters;
}

interface Cursor {
  time: string;
  id: number;
}

function encodeCursor(row: { cursorTime: string; id: number }): string {
  return Buffer.from(JSON.stringify([row.cursorTime, row.id])).toString("base64url");
}

function decodeCursor(value: string | undefined): Cursor | undefined {
  if (!value) return undefined;
  try {
    const [time, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown[];
    if (typeof time !== "string" || Number.isNaN(Date.parse(time)) || !Number.isSafeInteger(id)) return undefined;
    return { time, id: id as number };
  } catch {
    return undefined;
  }
}

/**
 * One page of the audit log, newest first, by keyset: a page stays right while new rows arrive.
 * Each row names its actor and its target (a person, or a comment with where to find it).
 */
export async function listAuditLog(actor: Actor, consultation: Consultation, query: AuditQuery, pageSize = AUDIT_PAGE_SIZE) {
  assertCan(actor, "audit.view", { consultation });
  const cursor = decodeCursor(query.after);
  const rows = await getDb()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      // Microsecond precision: a JavaScript Date would lose it and make the keyset skip rows.
      cursorTime: sql<string>`to_char(${auditLog.at} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      action: auditLog.action,
      actorId: auditLog.actorId,
      actorName: actorUser.name,
      platformWide: sql<boolean>`${auditLog.consultationId} IS NULL`,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      targetName: targetUser.name,
      targetEmail: targetUser.email,
      commentObjective: objectives.number,
      commentRootId: comments.rootId,
      before: auditLog.before,
      after: auditLog.after,
      reason: auditLog.reason,
    })
    .from(auditLog)
    .leftJoin(actorUser, eq(actorUser.id, auditLog.actorId))
    .leftJoin(targetUser, and(eq(auditLog.targetType, "user"), sql`${targetUser.id}::text = ${auditLog.targetId}`))
    .leftJoin(comments, and(eq(auditLog.targetType, "comment"), sql`${comments.id}::text = ${auditLog.targetId}`))
    .leftJoin(objectives, eq(objectives.id, comments.objectiveId))
    .where(
      and(
        scopeOf(actor, consultation),
        ...filtersOf(query),
        cursor && sql`(${auditLog.at}, ${auditLog.id}) < (${cursor.time}::timestamptz, ${cursor.id}::bigint)`,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(pageSize + 1);
  const page = rows.slice(0, pageSize);
  return {
    rows: page.map(({ cursorTime: _cursorTime, ...row }) => row),
    nextCursor: rows.length > pageSize ? encodeCursor(page[page.length - 1]) : null,
  };
}

export type AuditEntry = Awaited<ReturnType<typeof listAuditLog>>["rows"][number];

/** The actors and actions found in the consultation's audit log: the choices of its filters. */
export async function auditFilterOptions(actor: Actor, consultation: Consultation) {
  assertCan(actor, "audit.view", { consultation });
  const db = getDb();
  const [actors, actions] = await Promise.all([
    db
      .selectDistinct({ id: auditLog.actorId, name: actorUser.name, email: actorUser.email })
      .from(auditLog)
      .leftJoin(actorUser, eq(actorUser.id, auditLog.actorId))
      .where(scopeOf(actor, consultation))
      .orderBy(asc(actorUser.name), asc(actorUser.email), asc(auditLog.actorId)),
    db.selectDistinct({ action: auditLog.action }).from(auditLog).where(scopeOf(actor, consultation)).orderBy(asc(auditLog.action)),
  ]);
  return { actors, actions: actions.map((a) => a.action) };
}
