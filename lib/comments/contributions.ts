import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, consultations, objectives } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { CommentStatus } from "@/lib/domain-values";
import { DomainError } from "@/lib/errors";

export interface Contribution {
  id: string;
  rootId: string;
  consultationSlug: string;
  consultationTitle: string;
  objectiveNumber: number;
  objectiveTitle: string;
  body: string;
  status: CommentStatus;
  deleted: boolean;
  createdAt: Date;
  editedAt: Date | null;
  replyCount: number;
  endorsementCount: number;
  /** Why a hidden or rejected comment is so: the latest decision's reason (code, template label, moderator's words). */
  moderation: { reasonCode: string | null; reasonLabel: string | null; reasonText: string } | null;
}

/** The signed-in user's own comments, newest first, with their status. */
export async function listOwnContributions(actor: Actor, limit = 100): Promise<Contribution[]> {
  if (actor.kind !== "user") throw new DomainError("forbidden.signInRequired");
  const rows = await getDb()
    .select({
      id: comments.id,
      rootId: comments.rootId,
      consultationSlug: consultations.slug,
      consultationTitle: consultations.title,
      objectiveNumber: objectives.number,
      objectiveTitle: objectives.shortTitle,
      body: comments.body,
      status: comments.status,
      deletedAt: comments.deletedAt,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      replyCount: comments.replyCount,
      endorsementCount: comments.endorsementCount,
      moderation: sql<Contribution["moderation"]>`CASE WHEN ${comments.status} IN ('hidden', 'rejected') THEN (
        SELECT json_build_object('reasonCode', d.reason_code, 'reasonLabel', rt.label, 'reasonText', d.reason_text)
        FROM moderation_decisions d
        LEFT JOIN reason_templates rt ON rt.consultation_id = d.consultation_id AND rt.code = d.reason_code
        WHERE d.comment_id = ${comments}.id ORDER BY d.created_at DESC, d.id DESC LIMIT 1) END`,
    })
    .from(comments)
    .innerJoin(objectives, eq(objectives.id, comments.objectiveId))
    .innerJoin(consultations, eq(consultations.id, comments.consultationId))
    .where(eq(comments.authorId, actor.id))
    .orderBy(desc(comments.createdAt))
    .limit(limit);
  return rows.map(({ deletedAt, ...row }) => ({ ...row, deleted: deletedAt !== null }));
}
