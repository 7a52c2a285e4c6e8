import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notes, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, type ConsultationRef } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import { loadCommentContext } from "@/lib/comments/context";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { StaffNote } from "./queues";

type Subject = { commentId: string; userId?: never } | { userId: string; commentId?: never };

/**
 * Private notes of a consultation's staff about a comment or a participant. Only that consultation's
 * staff read them (never the participant), and each one is in the audit log.
 */
async function addNote(actor: Actor, consultation: ConsultationRef, subject: Subject, text: string): Promise<StaffNote> {
  assertCan(actor, "moderation.note", { consultation });
  const body = text.trim();
  if (!body) throw new DomainError("noteEmpty", "body");
  return getDb().transaction(async (tx) => {
    const [note] = await tx
      .insert(notes)
      .values({
        consultationId: consultation.id,
        commentId: subject.commentId ?? null,
        subjectUserId: subject.userId ?? null,
        authorId: actor.id,
        body,
      })
      .returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "note.add",
      consultationId: consultation.id,
      targetType: subject.commentId ? "comment" : "user",
      targetId: subject.commentId ?? subject.userId!,
      before: null,
      after: { noteId: note.id, body },
      reason: "",
    });
    return { id: note.id, body: note.body, authorName: actor.name, at: note.createdAt };
  });
}

/** A note on a comment, in the comment's own consultation. */
export async function addCommentNote(actor: Actor, commentId: string, body: string): Promise<StaffNote> {
  const { consultation } = await loadCommentContext(getDb(), commentId);
  return addNote(actor, consultation, { commentId }, body);
}

/** A note on a participant, within one consultation. */
export async function addParticipantNote(actor: Actor, consultation: ConsultationRef, userId: string, body: string): Promise<StaffNote> {
  assertCan(actor, "moderation.note", { consultation });
  const [user] = await getDb().select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!user) throw new NotFoundError();
  return addNote(actor, consultation, { userId }, body);
}

/** The notes on a participant in one consultation, oldest first. */
export async function listParticipantNotes(actor: Actor, consultation: ConsultationRef, userId: string): Promise<StaffNote[]> {
  assertCan(actor, "moderation.view", { consultation });
  return getDb()
    .select({ id: notes.id, body: notes.body, authorName: users.name, at: notes.createdAt })
    .from(notes)
    .leftJoin(users, eq(users.id, notes.authorId))
    .where(and(eq(notes.consultationId, consultation.id), eq(notes.subjectUserId, userId)))
    .orderBy(asc(notes.createdAt), asc(notes.id));
}
