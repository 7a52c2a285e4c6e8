import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { comments, flags, moderationDecisions, reasonTemplates } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, ForbiddenError } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import { loadCommentContext } from "@/lib/comments/context";
import type { CommentStatus, ModerationAction } from "@/lib/domain-values";
import { DomainError, NotFoundError } from "@/lib/errors";

/** Which status each decision moves a comment from, and to. "review" changes no status. */
const TRANSITIONS: Record<Exclude<ModerationAction, "review">, { from: CommentStatus; to: CommentStatus }> = {
  approve: { from: "pending", to: "published" },
  reject: { from: "pending", to: "rejected" },
  hide: { from: "published", to: "hidden" },
  restore: { from: "hidden", to: "published" },
};

const NEEDS_REASON: ModerationAction[] = ["reject", "hide"];

export interface DecisionInput {
  commentId: string;
  action: ModerationAction;
  reasonCode?: string;
  reasonText?: string;
}

async function assertReason(db: Executor, consultationId: string, input: DecisionInput) {
  if (!NEEDS_REASON.includes(input.action)) return;
  if (!input.reasonCode) throw new DomainError("reasonRequired", "reasonCode");
  const [template] = await db
    .select({ code: reasonTemplates.code })
    .from(reasonTemplates)
    .where(and(eq(reasonTemplates.consultationId, consultationId), eq(reasonTemplates.code, input.reasonCode)));
  if (!template) throw new DomainError("reasonUnknown", "reasonCode");
}

/**
 * A moderator's decision on a comment, with its audit row, in one transaction. The status change is
 * conditional on the status the decision starts from: of two moderators deciding at once, the second
 * is told the item was already decided instead of silently overwriting the first.
 */
export async function decide(actor: Actor, input: DecisionInput): Promise<{ status: CommentStatus }> {
  const db = getDb();
  const { comment, consultation, ref } = await loadCommentContext(db, input.commentId);
  assertCan(actor, "comment.moderate", { consultation, comment: ref });
  await assertReason(db, consultation.id, input);
  const reason = { reasonCode: input.reasonCode ?? null, reasonText: input.reasonText?.trim() ?? "" };

  return db.transaction(async (tx) => {
    let status = comment.status;
    if (input.action === "review") {
      await tx.update(comments).set({ reviewedBy: actor.id, reviewedAt: sql`now()` }).where(eq(comments.id, comment.id));
    } else {
      const { from, to } = TRANSITIONS[input.action];
      const [changed] = await tx
        .update(comments)
        .set({ status: to, reviewedBy: actor.id, reviewedAt: sql`now()` })
        .where(and(eq(comments.id, comment.id), eq(comments.status, from)))
        .returning({ parentId: comments.parentId });
      if (!changed) throw new DomainError("alreadyDecided");
      status = to;
      // A pending reply becomes part of its thread once approved.
      if (input.action === "approve" && changed.parentId) {
        await tx.update(comments).set({ replyCount: sql`${comments.replyCount} + 1` }).where(eq(comments.id, changed.parentId));
      }
    }
    // Whatever the decision, the flags raised so far have had their answer: the item leaves the flagged queue.
    await tx.update(flags).set({ resolvedAt: sql`now()` }).where(and(eq(flags.commentId, comment.id), isNull(flags.resolvedAt)));
    await tx.insert(moderationDecisions).values({
      consultationId: consultation.id,
      commentId: comment.id,
      actorId: actor.id,
      action: input.action,
      ...reason,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: `comment.${input.action}`,
      consultationId: consultation.id,
      targetType: "comment",
      targetId: comment.id,
      before: { status: comment.status },
      after: { status },
      reason: [reason.reasonCode, reason.reasonText].filter(Boolean).join(": "),
    });
    return { status };
  });
}

export type BulkOutcome =
  | { commentId: string; outcome: "done"; status: CommentStatus }
  | { commentId: string; outcome: "alreadyDecided" }
  | { commentId: string; outcome: "refused"; error: string };

/**
 * One decision on several comments, each in its own transaction, so one item decided meanwhile by
 * someone else, or refused, does not undo the others. A missing or unknown reason is the form's
 * error, not an item's: it stops before anything changes.
 */
export async function decideMany(actor: Actor, input: Omit<DecisionInput, "commentId"> & { commentIds: string[] }): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = [];
  for (const commentId of new Set(input.commentIds)) {
    try {
      const { status } = await decide(actor, { ...input, commentId });
      outcomes.push({ commentId, outcome: "done", status });
    } catch (error) {
      if (error instanceof ForbiddenError) outcomes.push({ commentId, outcome: "refused", error: `forbidden.${error.reason}` });
      else if (error instanceof NotFoundError) outcomes.push({ commentId, outcome: "refused", error: "notFound" });
      else if (error instanceof DomainError && error.code === "alreadyDecided") outcomes.push({ commentId, outcome: "alreadyDecided" });
      else throw error;
    }
  }
  return outcomes;
}

/**
 * Hides a comment once enough distinct people flagged it, as a decision of the system pending a
 * moderator's review. Runs inside the flag's transaction.
 */
export async function autoHideIfFlagged(tx: Executor, commentId: string, threshold: number): Promise<boolean> {
  const [hidden] = await tx
    .update(comments)
    .set({ status: "hidden" })
    .where(and(eq(comments.id, commentId), eq(comments.status, "published"), sql`${comments.flagCount} >= ${threshold}`))
    .returning({ consultationId: comments.consultationId });
  if (!hidden) return false;
  await tx.insert(moderationDecisions).values({
    consultationId: hidden.consultationId,
    commentId,
    actorId: null,
    action: "hide",
    reasonCode: "flagged",
  });
  await recordAudit(tx, {
    actorId: null,
    action: "comment.autoHide",
    consultationId: hidden.consultationId,
    targetType: "comment",
    targetId: commentId,
    before: { status: "published" },
    after: { status: "hidden" },
    reason: `flagged by ${threshold} or more people`,
  });
  return true;
}
