import "server-only";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, selectRows } from "@/db/client";
import { comments, objectives, users, type Consultation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policy";
import { cursorTime } from "@/lib/comments/context";
import type { CommentStatus, FlagReason, ModerationAction, StakeholderGroup } from "@/lib/domain-values";
import type { Queue, QueueQuery } from "./schemas";

export const QUEUE_PAGE_SIZE = 20;

export interface QueueDecision {
  action: ModerationAction;
  /** Null: the system (auto-hide), or an account since deleted. */
  actorName: string | null;
  system: boolean;
  reasonCode: string | null;
  /** The consultation's template label for the code, when there is one. */
  reasonLabel: string | null;
  reasonText: string;
  at: Date;
}

export interface QueueFlag {
  reason: FlagReason;
  note: string;
  at: Date;
  resolved: boolean;
}

export interface StaffNote {
  id: string;
  body: string;
  authorName: string | null;
  at: Date;
}

export interface QueueItem {
  id: string;
  rootId: string;
  depth: number;
  body: string;
  locale: string;
  status: CommentStatus;
  createdAt: Date;
  editedAt: Date | null;
  flagCount: number;
  objective: { number: number; shortTitle: string };
  /** The comment a reply answers, for context; null for a top-level comment. */
  parent: { body: string; deleted: boolean } | null;
  /** Staff see who wrote it whatever the publication preference. */
  author: { id: string; name: string; organization: string; stakeholderGroup: StakeholderGroup; country: string };
  reviewed: { by: string | null; at: Date } | null;
  decisions: QueueDecision[];
  flags: QueueFlag[];
  notes: StaffNote[];
  /** False on the moderator's own comment: nobody decides on their own words. */
  canModerate: boolean;
}

export type QueueCounts = Record<Queue, number>;

export interface QueuePage {
  items: QueueItem[];
  nextCursor: string | null;
  counts: QueueCounts;
}

// Flags nobody has decided on yet: a decision on the comment resolves them (decisions.ts).
const hasOpenFlags = sql`${comments.flagCount} > 0 AND ${comments.status} IN ('published', 'hidden')
  AND EXISTS (SELECT 1 FROM flags f WHERE f.comment_id = ${comments}.id AND f.resolved_at IS NULL)`;

/** Which comments each queue holds; deleted ones are nobody's work any more. */
function queueFilter(query: QueueQuery): SQL {
  switch (query.queue) {
    case "pending":
      return sql`${comments.status} = 'pending'`;
    case "flagged":
      return hasOpenFlags;
    case "recent":
      return query.reviewed === "hide"
        ? sql`${comments.status} = 'published' AND ${comments.reviewedAt} IS NULL`
        : sql`${comments.status} = 'published'`;
    case "hidden":
      return sql`${comments.status} = 'hidden'`;
  }
}

interface Cursor {
  flags: number;
  time: string;
  id: string;
}

function encodeCursor(row: { flagCount: number; cursorTime: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.flagCount, row.cursorTime, row.id])).toString("base64url");
}

function decodeCursor(value: string | undefined): Cursor | undefined {
  if (!value) return undefined;
  try {
    const [flags, time, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown[];
    if (typeof flags !== "number" || typeof time !== "string" || typeof id !== "string") return undefined;
    if (Number.isNaN(Date.parse(time)) || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
    return { flags, time, id };
  } catch {
    return undefined;
  }
}

/** Pending: oldest first (first come, first served). Flagged: most flags first. Others: newest first. */
function keyset(queue: Queue, cursor: Cursor | undefined) {
  const time = cursor && sql`${cursor.time}::timestamptz`;
  switch (queue) {
    case "pending":
      return {
        where: cursor && sql`(${comments.createdAt}, ${comments.id}) > (${time}, ${cursor.id}::uuid)`,
        orderBy: [asc(comments.createdAt), asc(comments.id)],
      };
    case "flagged":
      return {
        where:
          cursor &&
          sql`(${comments.flagCount}, ${comments.createdAt}, ${comments.id}) < (${cursor.flags}::int, ${time}, ${cursor.id}::uuid)`,
        orderBy: [desc(comments.flagCount), desc(comments.createdAt), desc(comments.id)],
      };
    case "recent":
    case "hidden":
      return {
        where: cursor && sql`(${comments.createdAt}, ${comments.id}) < (${time}, ${cursor.id}::uuid)`,
        orderBy: [desc(comments.createdAt), desc(comments.id)],
      };
  }
}

// Which live comments each tab counts; the Recent tab counts what nobody has reviewed yet.
const TAB_FILTERS: Record<Queue, SQL> = {
  pending: queueFilter({ queue: "pending" }),
  flagged: hasOpenFlags,
  recent: queueFilter({ queue: "recent", reviewed: "hide" }),
  hidden: queueFilter({ queue: "hidden" }),
};

/**
 * The counts of every tab in one statement, one subquery per tab: each reads only its own index
 * (comments_flagged_queue_idx, comments_unreviewed_idx, comments_consultation_status_idx) instead of
 * one pass over every comment of the consultation, whose cost grew with the consultation.
 */
async function countQueues(consultationId: string): Promise<QueueCounts> {
  const count = (filter: SQL) => sql`(SELECT count(*)::int FROM ${comments}
    WHERE ${comments.consultationId} = ${consultationId} AND ${comments.deletedAt} IS NULL AND ${filter})`;
  const [row] = await selectRows<QueueCounts>(
    getDb(),
    sql`SELECT ${count(TAB_FILTERS.pending)} AS pending, ${count(TAB_FILTERS.flagged)} AS flagged,
      ${count(TAB_FILTERS.recent)} AS recent, ${count(TAB_FILTERS.hidden)} AS hidden`,
  );
  return row;
}

const parents = alias(comments, "parent");
const reviewers = alias(users, "reviewer");

/** The decisions, flags and notes of each comment ride along as JSON: one query per page, never one per item. */
function selectItems() {
  return getDb()
    .select({
      id: comments.id,
      rootId: comments.rootId,
      depth: comments.depth,
      body: comments.body,
      locale: comments.locale,
      status: comments.status,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      flagCount: comments.flagCount,
      cursorTime,
      objective: { number: objectives.number, shortTitle: objectives.shortTitle },
      parentBody: parents.body,
      parentDeletedAt: parents.deletedAt,
      author: {
        id: users.id,
        name: users.name,
        organization: users.organization,
        stakeholderGroup: users.stakeholderGroup,
        country: users.country,
      },
      reviewerName: reviewers.name,
      reviewedAt: comments.reviewedAt,
      decisions: sql<RawDecision[]>`coalesce((
        SELECT json_agg(json_build_object('action', d.action, 'actorName', u.name, 'system', d.actor_id IS NULL AND d.reason_code = 'flagged',
          'reasonCode', d.reason_code, 'reasonLabel', rt.label, 'reasonText', d.reason_text, 'at', d.created_at) ORDER BY d.created_at, d.id)
        FROM moderation_decisions d
        LEFT JOIN users u ON u.id = d.actor_id
        LEFT JOIN reason_templates rt ON rt.consultation_id = d.consultation_id AND rt.code = d.reason_code
        WHERE d.comment_id = ${comments}.id), '[]'::json)`,
      flags: sql<RawFlag[]>`coalesce((
        SELECT json_agg(json_build_object('reason', f.reason, 'note', f.note, 'at', f.created_at, 'resolved', f.resolved_at IS NOT NULL)
          ORDER BY f.created_at, f.id)
        FROM flags f WHERE f.comment_id = ${comments}.id), '[]'::json)`,
      notes: sql<RawNote[]>`coalesce((
        SELECT json_agg(json_build_object('id', n.id, 'body', n.body, 'authorName', u.name, 'at', n.created_at) ORDER BY n.created_at, n.id)
        FROM notes n LEFT JOIN users u ON u.id = n.author_id WHERE n.comment_id = ${comments}.id), '[]'::json)`,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .innerJoin(objectives, eq(objectives.id, comments.objectiveId))
    .leftJoin(parents, eq(parents.id, comments.parentId))
    .leftJoin(reviewers, eq(reviewers.id, comments.reviewedBy));
}

type RawDecision = Omit<QueueDecision, "at"> & { at: string };
type RawFlag = Omit<QueueFlag, "at"> & { at: string };
type RawNote = Omit<StaffNote, "at"> & { at: string };
type ItemRow = Awaited<ReturnType<ReturnType<typeof selectItems>["where"]>>[number];

function toItem(row: ItemRow, actor: Actor, consultation: Consultation): QueueItem {
  const ref = { authorId: row.author.id, status: row.status, depth: row.depth, deleted: false };
  return {
    id: row.id,
    rootId: row.rootId,
    depth: row.depth,
    body: row.body,
    locale: row.locale,
    status: row.status,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    flagCount: row.flagCount,
    objective: row.objective,
    parent: row.parentBody === null ? null : { body: row.parentBody, deleted: row.parentDeletedAt !== null },
    author: row.author,
    reviewed: row.reviewedAt ? { by: row.reviewerName, at: row.reviewedAt } : null,
    decisions: row.decisions.map((d) => ({ ...d, at: new Date(d.at) })),
    flags: row.flags.map((f) => ({ ...f, at: new Date(f.at) })),
    notes: row.notes.map((n) => ({ ...n, at: new Date(n.at) })),
    canModerate: can(actor, "comment.moderate", { consultation, comment: ref }),
  };
}

/**
 * One page of a moderation queue with the counts of every queue: two queries whatever the size of
 * the queue (a test holds it to that).
 */
export async function listQueue(actor: Actor, consultation: Consultation, query: QueueQuery): Promise<QueuePage> {
  assertCan(actor, "moderation.view", { consultation });
  const page = keyset(query.queue, decodeCursor(query.after));
  const [rows, counts] = await Promise.all([
    selectItems()
      .where(
        and(
          eq(comments.consultationId, consultation.id),
          sql`${comments.deletedAt} IS NULL`,
          queueFilter(query),
          page.where,
        ),
      )
      .orderBy(...page.orderBy)
      .limit(QUEUE_PAGE_SIZE + 1),
    countQueues(consultation.id),
  ]);
  const hasMore = rows.length > QUEUE_PAGE_SIZE;
  const shown = rows.slice(0, QUEUE_PAGE_SIZE);
  return {
    items: shown.map((row) => toItem(row, actor, consultation)),
    nextCursor: hasMore ? encodeCursor(shown[shown.length - 1]) : null,
    counts,
  };
}
