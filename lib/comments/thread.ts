import "server-only";
import { and, asc, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { comments, endorsements, flags, users, type Consultation, type Objective } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can, type ConsultationRef } from "@/lib/auth/policy";
import { MAX_COMMENT_DEPTH, type StakeholderGroup } from "@/lib/domain-values";
import { NotFoundError } from "@/lib/errors";
import { countriesIn } from "@/lib/geo/countries";
import { publicAuthor } from "./author";
import { authorColumns, commentColumns, cursorTime } from "./context";
import { COMMENT_ID } from "./open-threads";
import type { ThreadQuery } from "./schemas";
import type { ThreadComment, ThreadPage } from "./types";

export const THREAD_PAGE_SIZE = 20;

/** A comment with its author and tags, in one row: never one query per comment. */
function commentFields() {
  return {
    ...commentColumns,
    status: comments.status,
    deletedAt: comments.deletedAt,
    replyCount: comments.replyCount,
    hiddenReason: sql<{ code: string | null; label: string | null } | null>`CASE WHEN ${comments.status} = 'hidden' THEN (
      SELECT json_build_object('code', d.reason_code, 'label', rt.label) FROM moderation_decisions d
      LEFT JOIN reason_templates rt ON rt.consultation_id = d.consultation_id AND rt.code = d.reason_code
      WHERE d.comment_id = ${comments}.id ORDER BY d.created_at DESC, d.id DESC LIMIT 1) END`,
    cursorTime,
    tags: sql<{ key: string; label: string }[]>`coalesce((
      SELECT json_agg(json_build_object('key', t.key, 'label', t.label) ORDER BY t.position)
      FROM comment_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.comment_id = ${comments}.id), '[]'::json)`,
    author: authorColumns,
  };
}

function selectCommentRows() {
  return getDb().select(commentFields()).from(comments).innerJoin(users, eq(users.id, comments.authorId));
}

type CommentRow = Awaited<ReturnType<ReturnType<typeof selectCommentRows>["where"]>>[number];

const REPLY = "reply";
const reply = alias(comments, REPLY);

/**
 * What a reader sees of a thread: published and hidden comments (a hidden one as a placeholder, see
 * toThreadComment), and their own pending ones. A deleted comment that has replies stays as a
 * placeholder so the replies keep their place.
 */
function visibleTo(actor: Actor, c: typeof comments | typeof reply = comments): SQL {
  const public_ = inArray(c.status, ["published", "hidden"]);
  const shown = actor.kind === "user"
    ? or(public_, and(eq(c.status, "pending"), eq(c.authorId, actor.id)))!
    : public_;
  return and(shown, or(sql`${c.deletedAt} IS NULL`, sql`${c.replyCount} > 0`))!;
}

/** How many replies to a top-level comment the reader would see, counted without reading them. */
function visibleReplyCount(actor: Actor): SQL<number> {
  // root_id first, so the count walks the thread's index.
  return sql<number>`(SELECT count(*)::int FROM ${comments} AS ${sql.identifier(REPLY)}
    WHERE ${reply.rootId} = ${comments.id} AND ${reply.parentId} = ${comments.id} AND ${visibleTo(actor, reply)})`;
}

function filtersOf(query: ThreadQuery, consultation: Consultation): SQL[] {
  const filters: SQL[] = [];
  if (query.group) filters.push(eq(users.stakeholderGroup, query.group));
  if (query.country) filters.push(eq(users.country, query.country));
  if (query.region) filters.push(inArray(users.country, countriesIn(query.region)));
  if (query.stance) filters.push(eq(comments.stance, query.stance));
  if (query.language) filters.push(eq(comments.locale, query.language));
  if (query.official) filters.push(eq(comments.official, true));
  if (query.principle) {
    filters.push(sql`EXISTS (SELECT 1 FROM comment_tags ct JOIN tags t ON t.id = ct.tag_id
      WHERE ct.comment_id = ${comments}.id AND t.consultation_id = ${consultation.id} AND t.key = ${query.principle})`);
  }
  return filters;
}

/** Whether the filters read the author's row (group, country, region). */
function filtersAuthors(query: ThreadQuery): boolean {
  return Boolean(query.group || query.country || query.region);
}

/** The thread's size; the author join is made only when a filter needs it (it triples the count's cost). */
async function countRoots(base: SQL | undefined, joinAuthors: boolean): Promise<{ total: number }[]> {
  const count = getDb().select({ total: sql<number>`count(*)::int` }).from(comments);
  return joinAuthors ? count.innerJoin(users, eq(users.id, comments.authorId)).where(base) : count.where(base);
}

interface Cursor {
  endorsements: number;
  time: string;
  id: string;
}

function encodeCursor(row: CommentRow): string {
  return Buffer.from(JSON.stringify([row.endorsementCount, row.cursorTime, row.id])).toString("base64url");
}

function decodeCursor(value: string | undefined): Cursor | undefined {
  if (!value) return undefined;
  try {
    const [endorsements, time, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown[];
    if (typeof endorsements !== "number" || typeof time !== "string" || typeof id !== "string") return undefined;
    if (Number.isNaN(Date.parse(time)) || !COMMENT_ID.test(id)) return undefined;
    return { endorsements, time, id };
  } catch {
    return undefined;
  }
}

/** Keyset condition and order for a sort; `inclusive` starts the page at the cursor's own row. */
function keyset(sort: ThreadQuery["sort"], cursor: Cursor | undefined, inclusive: boolean) {
  const time = cursor && sql`${cursor.time}::timestamptz`;
  const op = sql.raw(sort === "oldest" ? (inclusive ? ">=" : ">") : inclusive ? "<=" : "<");
  switch (sort) {
    case "oldest":
      return {
        where: cursor && sql`(${comments.createdAt}, ${comments.id}) ${op} (${time}, ${cursor.id}::uuid)`,
        orderBy: [asc(comments.createdAt), asc(comments.id)],
      };
    case "endorsed":
      return {
        where:
          cursor &&
          sql`(${comments.endorsementCount}, ${comments.createdAt}, ${comments.id}) ${op} (${cursor.endorsements}::int, ${time}, ${cursor.id}::uuid)`,
        orderBy: [desc(comments.endorsementCount), desc(comments.createdAt), desc(comments.id)],
      };
    case "newest":
      return {
        where: cursor && sql`(${comments.createdAt}, ${comments.id}) ${op} (${time}, ${cursor.id}::uuid)`,
        orderBy: [desc(comments.createdAt), desc(comments.id)],
      };
  }
}

function toThreadComment(
  row: CommentRow,
  actor: Actor,
  consultation: ConsultationRef,
  viewerState: Map<string, Set<string>>,
  replies: { count: number; shown: boolean },
): ThreadComment {
  const deleted = row.deletedAt !== null;
  const isAuthor = actor.kind === "user" && actor.id === row.author.id;
  const ref = { authorId: row.author.id, status: row.status, depth: row.depth, deleted };
  const resource = { consultation, comment: ref };
  const state = viewerState.get(row.id);
  const staff = isStaff(actor, consultation);
  const textHidden = deleted || (row.status === "hidden" && !isAuthor && !staff);
  return {
    id: row.id,
    parentId: row.parentId,
    rootId: row.rootId,
    depth: row.depth,
    body: textHidden ? null : row.body,
    locale: row.locale,
    stance: row.stance,
    status: row.status,
    official: row.official,
    deleted,
    hiddenReason: row.hiddenReason?.code ?? null,
    hiddenReasonLabel: row.hiddenReason?.label ?? null,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    replyCount: row.replyCount,
    endorsementCount: row.endorsementCount,
    endorsementsByGroup: row.endorsementsByGroup as Partial<Record<StakeholderGroup, number>>,
    tags: row.tags,
    author: publicAuthor(row.author),
    viewer: {
      isAuthor,
      endorsed: state?.has("endorsed") ?? false,
      flagged: state?.has("flagged") ?? false,
      can: {
        reply: row.depth < MAX_COMMENT_DEPTH && can(actor, "comment.reply", resource),
        edit: can(actor, "comment.editOwn", resource),
        delete: can(actor, "comment.deleteOwn", resource),
        endorse: can(actor, "comment.endorse", resource),
        flag: can(actor, "comment.flag", resource),
        viewRevisions: isAuthor || staff,
      },
    },
    replyTotal: replies.count,
    repliesShown: replies.shown,
    replies: [],
  };
}

function isStaff(actor: Actor, consultation: ConsultationRef): boolean {
  return can(actor, "comment.moderate", { consultation }) || can(actor, "consultation.manage", { consultation });
}

/** The reader's own endorsements and flags among these comments, in one query. */
async function loadViewerState(actor: Actor, ids: string[]): Promise<Map<string, Set<string>>> {
  const state = new Map<string, Set<string>>();
  if (actor.kind !== "user" || ids.length === 0) return state;
  const db = getDb();
  const rows = await db
    .select({ commentId: endorsements.commentId, kind: sql<string>`'endorsed'` })
    .from(endorsements)
    .where(and(eq(endorsements.userId, actor.id), inArray(endorsements.commentId, ids)))
    .unionAll(
      db
        .select({ commentId: flags.commentId, kind: sql<string>`'flagged'` })
        .from(flags)
        .where(and(eq(flags.userId, actor.id), inArray(flags.commentId, ids))),
    );
  for (const row of rows) {
    if (!state.has(row.commentId)) state.set(row.commentId, new Set());
    state.get(row.commentId)!.add(row.kind);
  }
  return state;
}

/**
 * One page of an objective's thread: up to 20 top-level comments matching the filters, how many
 * replies each has, the replies beneath those the reader opened (`openRoots`, and the permalinked
 * one), and what the reader may do with each. Runs the same few queries whatever the size of the
 * thread (a test holds it to that).
 */
export async function listThread(
  actor: Actor,
  consultation: Consultation,
  objective: Objective,
  /** `openRoots`: the threads the reader opened, as openThreadsOf reads them from the URL. */
  query: ThreadQuery & { at?: string; openRoots?: string[] },
): Promise<ThreadPage> {
  if (!can(actor, "consultation.read", { consultation }) || objective.consultationId !== consultation.id) {
    throw new NotFoundError();
  }
  const base = and(eq(comments.objectiveId, objective.id), eq(comments.depth, 0), visibleTo(actor), ...filtersOf(query, consultation));

  // A permalink starts the page at its thread's top-level comment.
  let cursor = decodeCursor(query.after);
  let inclusive = false;
  if (query.at && COMMENT_ID.test(query.at)) {
    const [root] = await selectCommentRows().where(and(eq(comments.id, query.at), base));
    if (root) {
      cursor = decodeCursor(encodeCursor(root));
      inclusive = true;
    }
  }
  const page = keyset(query.sort, cursor, inclusive);

  const [rootRows, [{ total }]] = await Promise.all([
    getDb()
      .select({ ...commentFields(), replies: visibleReplyCount(actor) })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(and(base, page.where))
      .orderBy(...page.orderBy)
      .limit(THREAD_PAGE_SIZE + 1),
    countRoots(base, filtersAuthors(query)),
  ]);
  const hasMore = rootRows.length > THREAD_PAGE_SIZE;
  const roots = rootRows.slice(0, THREAD_PAGE_SIZE);
  const asked = new Set([...(query.openRoots ?? []), ...(query.at ? [query.at] : [])]);
  const opened = roots.filter((r) => r.replies > 0 && asked.has(r.id)).map((r) => r.id);
  const replyRows =
    opened.length === 0
      ? []
      : await selectCommentRows()
          .where(and(inArray(comments.rootId, opened), sql`${comments.depth} > 0`, visibleTo(actor)))
          .orderBy(asc(comments.createdAt), asc(comments.id));

  const viewerState = await loadViewerState(actor, [...roots, ...replyRows].map((r) => r.id));
  const byId = new Map<string, ThreadComment>();
  const build = (row: CommentRow, replies: number, repliesShown: boolean) => {
    const node = toThreadComment(row, actor, consultation, viewerState, { count: replies, shown: repliesShown });
    byId.set(node.id, node);
    return node;
  };
  const rootNodes = roots.map((row) => build(row, row.replies, opened.includes(row.id)));
  for (const row of replyRows) {
    const node = build(row, 0, true);
    // A reply whose parent is not visible (removed, pending for someone else) is not shown either.
    const parent = byId.get(row.parentId!);
    if (!parent) continue;
    parent.replies.push(node);
    if (parent.depth > 0) parent.replyTotal = parent.replies.length;
  }
  return { roots: rootNodes, nextCursor: hasMore ? encodeCursor(roots[roots.length - 1]) : null, total };
}
