import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { commentRevisions, type CommentRevision } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { loadCommentContext } from "./context";

/** Earlier versions of a comment, newest first: for its author and the consultation's staff only. */
export async function listRevisions(actor: Actor, commentId: string): Promise<CommentRevision[]> {
  const db = getDb();
  const { consultation, ref } = await loadCommentContext(db, commentId);
  const isAuthor = actor.kind === "user" && actor.id === ref.authorId;
  const isStaff = can(actor, "comment.moderate", { consultation }) || can(actor, "consultation.manage", { consultation });
  if (!isAuthor && !isStaff) throw new NotFoundError();
  return db
    .select()
    .from(commentRevisions)
    .where(eq(commentRevisions.commentId, commentId))
    .orderBy(desc(commentRevisions.createdAt));
}
