import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql, type Placeholder } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { prepared } from "@/db/prepared";
import { commentRevisions, comments, commentTags, endorsements, flags, tags } from "@/db/schema";
import type { Actor, UserActor } from "@/lib/auth/actor";
import { assertCan, can, type ConsultationRef } from "@/lib/auth/policy";
import type { CommentStatus } from "@/lib/domain-values";
import { DomainError, NotFoundError } from "@/lib/errors";
import { autoHideIfFlagged } from "@/lib/moderation/decisions";
import { loadCommentContext, loadObjectiveContext, type ConsultationContext } from "./context";
import type { CommentInput, EditCommentInput, FlagInput } from "./schemas";
import { threadPlacement } from "./thread-placement";

function assertLanguageOffered(consultation: ConsultationContext, locale: string) {
  if (!consultation.languages.includes(locale)) throw new DomainError("languageNotOffered", "locale");
}

/** Tag keys to ids of the consultation's tags; an unknown key is refused, not dropped. */
async function resolveTags(db: Executor, consultationId: string, keys: string[]): Promise<string[]> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return [];
  const rows = await db
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.consultationId, consultationId), inArray(tags.key, unique)));
  if (rows.length !== unique.length) throw new DomainError("tagUnknown", "tags");
  return rows.map((r) => r.id);
}

/** Member State delegations verified by the secretariat speak officially. */
function isOfficial(actor: UserActor): boolean {
  return actor.stakeholderGroup === "member_state" && actor.affiliationStatus === "verified";
}

/** Hides that a draft consultation exists from those who may not read it. */
function assertVisible(actor: Actor, consultation: ConsultationRef) {
  if (!can(actor, "consultation.read", { consultation })) throw new NotFoundError();
}

const NEW_COMMENT_FIELDS = [
  "id",
  "consultationId",
  "objectiveId",
  "parentId",
  "rootId",
  "depth",
  "authorId",
  "body",
  "locale",
  "stance",
  "status",
  "official",
  "idempotencyKey",
] as const;
type NewComment = Required<Pick<typeof comments.$inferInsert, (typeof NEW_COMMENT_FIELDS)[number]>>;

/** The insert of a new comment, its values as placeholders; a repeated submission inserts nothing. */
function insertCommentOn(executor: Executor) {
  const placeholders = Object.fromEntries(NEW_COMMENT_FIELDS.map((field) => [field, sql.placeholder(field)]));
  return executor
    .insert(comments)
    .values(placeholders as Record<keyof NewComment, Placeholder>)
    .onConflictDoNothing({ target: [comments.authorId, comments.idempotencyKey] })
    .returning({ id: comments.id, status: comments.status });
}
const insertComment = prepared("insert_comment", insertCommentOn);

export async function createComment(
  actor: Actor,
  input: CommentInput,
): Promise<{ id: string; status: CommentStatus; duplicate: boolean }> {
  const db = getDb();
  const { consultation } = await loadObjectiveContext(db, input.objectiveId);
  assertVisible(actor, consultation);

  let parent: Awaited<ReturnType<typeof loadCommentContext>>["comment"] | undefined;
  if (input.parentId) {
    const context = await loadCommentContext(db, input.parentId);
    if (context.comment.objectiveId !== input.objectiveId) throw new DomainError("replyAcrossObjectives");
    assertCan(actor, "comment.reply", { consultation, comment: context.ref });
    parent = context.comment;
  } else {
    assertCan(actor, "comment.create", { consultation });
  }
  assertLanguageOffered(consultation, input.locale);
  const tagIds = await resolveTags(db, consultation.id, input.tags);
  const status: CommentStatus = consultation.moderationMode === "pre" ? "pending" : "published";

  const id = randomUUID();
  const values: NewComment = {
    id,
    consultationId: consultation.id,
    objectiveId: input.objectiveId,
    ...threadPlacement(id, parent),
    authorId: actor.id,
    body: input.body,
    locale: input.locale,
    stance: input.stance,
    status,
    official: isOfficial(actor),
    idempotencyKey: input.idempotencyKey,
  };
  // A pending reply is not counted until it is approved.
  const repliedTo = status === "published" ? parent : undefined;
  // A comment with no tags and no reply count to raise is one statement, atomic by itself: BEGIN and
  // COMMIT would be two more round trips, most of a post's time on the database.
  const [inserted] =
    tagIds.length === 0 && !repliedTo
      ? await insertComment(db, values)
      : await db.transaction(async (tx) => {
          const rows = await insertCommentOn(tx).execute(values);
          if (rows.length === 0) return rows;
          if (tagIds.length > 0) await tx.insert(commentTags).values(tagIds.map((tagId) => ({ commentId: id, tagId })));
          if (repliedTo) {
            await tx.update(comments).set({ replyCount: sql`${comments.replyCount} + 1` }).where(eq(comments.id, repliedTo.id));
          }
          return rows;
        });
  if (inserted) return { ...inserted, duplicate: false };

  // The same submission again (double click, retry after a lost response): answer with the first.
  // Its answer may have been lost and the person may have changed the text before retrying: what
  // they see published must be what they last sent (the first stays a revision).
  const [existing] = await db
    .select({ id: comments.id, status: comments.status })
    .from(comments)
    .where(and(eq(comments.authorId, actor.id), eq(comments.idempotencyKey, input.idempotencyKey)));
  await editComment(actor, { commentId: existing.id, body: input.body, stance: input.stance, locale: input.locale, tags: input.tags });
  return { ...existing, duplicate: true };
}

/** Edits one's own comment; the previous text is kept as a revision. */
export async function editComment(actor: Actor, input: EditCommentInput): Promise<void> {
  const db = getDb();
  const { comment, consultation, ref } = await loadCommentContext(db, input.commentId);
  assertVisible(actor, consultation);
  assertCan(actor, "comment.editOwn", { consultation, comment: ref });
  assertLanguageOffered(consultation, input.locale);
  const tagIds = await resolveTags(db, consultation.id, input.tags);

  await db.transaction(async (tx) => {
    const currentTags = await tx.select({ tagId: commentTags.tagId }).from(commentTags).where(eq(commentTags.commentId, comment.id));
    const tagsChanged =
      currentTags.length !== tagIds.length || currentTags.some((t) => !tagIds.includes(t.tagId));
    const textChanged = comment.body !== input.body || comment.stance !== input.stance || comment.locale !== input.locale;
    if (!textChanged && !tagsChanged) return;
    if (textChanged) {
      await tx.insert(commentRevisions).values({
        commentId: comment.id,
        body: comment.body,
        stance: comment.stance,
        locale: comment.locale,
        editedBy: actor.id,
      });
    }
    await tx
      .update(comments)
      .set({ body: input.body, stance: input.stance, locale: input.locale, editedAt: sql`now()` })
      .where(eq(comments.id, comment.id));
    if (tagsChanged) {
      await tx.delete(commentTags).where(eq(commentTags.commentId, comment.id));
      if (tagIds.length > 0) await tx.insert(commentTags).values(tagIds.map((tagId) => ({ commentId: comment.id, tagId })));
    }
  });
}

/** Soft delete: the text stays in the database, readers see a placeholder that keeps the replies. */
export async function deleteComment(actor: Actor, commentId: string): Promise<void> {
  const db = getDb();
  const { consultation, ref } = await loadCommentContext(db, commentId);
  assertVisible(actor, consultation);
  assertCan(actor, "comment.deleteOwn", { consultation, comment: ref });
  await db
    .update(comments)
    .set({ deletedAt: sql`now()` })
    .where(and(eq(comments.id, commentId), sql`${comments.deletedAt} IS NULL`));
}

export interface EndorsementState {
  endorsed: boolean;
  endorsementCount: number;
  endorsementsByGroup: Record<string, number>;
}

async function endorsementState(db: Executor, commentId: string, endorsed: boolean): Promise<EndorsementState> {
  const [row] = await db
    .select({ endorsementCount: comments.endorsementCount, endorsementsByGroup: comments.endorsementsByGroup })
    .from(comments)
    .where(eq(comments.id, commentId));
  return { endorsed, ...row };
}

/**
 * Endorses or withdraws an endorsement. The row and the counters change in one transaction; the
 * primary key makes any number of parallel endorsements by one person count once.
 */
export async function setEndorsement(actor: Actor, commentId: string, endorse: boolean): Promise<EndorsementState> {
  const db = getDb();
  const { consultation, ref } = await loadCommentContext(db, commentId);
  assertVisible(actor, consultation);
  assertCan(actor, "comment.endorse", { consultation, comment: ref });
  return db.transaction(async (tx) => {
    const changed = endorse
      ? await tx
          .insert(endorsements)
          .values({ commentId, userId: actor.id, stakeholderGroup: actor.stakeholderGroup })
          .onConflictDoNothing()
          .returning({ group: endorsements.stakeholderGroup })
      : await tx
          .delete(endorsements)
          .where(and(eq(endorsements.commentId, commentId), eq(endorsements.userId, actor.id)))
          .returning({ group: endorsements.stakeholderGroup });
    if (changed.length > 0) {
      const delta = endorse ? 1 : -1;
      const group = changed[0].group;
      await tx
        .update(comments)
        .set({
          endorsementCount: sql`${comments.endorsementCount} + ${delta}`,
          endorsementsByGroup: sql`jsonb_set(${comments.endorsementsByGroup}, ARRAY[${group}::text],
            to_jsonb(coalesce((${comments.endorsementsByGroup} ->> ${group}::text)::int, 0) + ${delta}))`,
        })
        .where(eq(comments.id, commentId));
    }
    return endorsementState(tx, commentId, endorse);
  });
}

/** Flags a comment for the moderators, once per person; enough flags hide it pending review. */
export async function flagComment(actor: Actor, input: FlagInput): Promise<void> {
  const db = getDb();
  const { consultation, ref } = await loadCommentContext(db, input.commentId);
  assertVisible(actor, consultation);
  assertCan(actor, "comment.flag", { consultation, comment: ref });
  await db.transaction(async (tx) => {
    const [flag] = await tx
      .insert(flags)
      .values({ commentId: input.commentId, userId: actor.id, reason: input.reason, note: input.note })
      .onConflictDoNothing()
      .returning({ id: flags.id });
    if (!flag) throw new DomainError("alreadyFlagged");
    await tx.update(comments).set({ flagCount: sql`${comments.flagCount} + 1` }).where(eq(comments.id, input.commentId));
    await autoHideIfFlagged(tx, input.commentId, consultation.autoHideThreshold);
  });
}
