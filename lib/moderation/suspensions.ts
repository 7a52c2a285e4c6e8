import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, moderationDecisions, suspensions, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, type ConsultationRef } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import { revokeSessions } from "@/lib/auth/sessions";
import { DomainError, NotFoundError } from "@/lib/errors";

export interface SuspensionInput {
  userId: string;
  reason: string;
  /** Until when; open-ended when absent. */
  endsAt?: Date;
  /** Also hide every published comment of the person in scope (reversible by restoring them). */
  hideComments?: boolean;
}

/**
 * Suspends a participant from one consultation (its moderators, secretariat and admins) or, with no
 * consultation, from the whole platform (admins only; their sessions end at the next request).
 */
export async function suspendParticipant(actor: Actor, consultation: ConsultationRef | null, input: SuspensionInput) {
  if (consultation) assertCan(actor, "participant.suspend", { consultation });
  else assertCan(actor, "participant.suspendPlatform");
  if (input.userId === actor.id) throw new DomainError("ownSuspension");
  const reason = input.reason.trim();
  if (!reason) throw new DomainError("reasonRequired", "reason");
  if (input.endsAt && input.endsAt.getTime() <= Date.now()) throw new DomainError("endInPast", "endsAt");

  await getDb().transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId));
    if (!user) throw new NotFoundError();
    const [suspension] = await tx
      .insert(suspensions)
      .values({ userId: input.userId, consultationId: consultation?.id ?? null, reason, endsAt: input.endsAt, createdBy: actor.id })
      .returning({ id: suspensions.id });
    let hidden: string[] = [];
    if (input.hideComments) {
      const rows = await tx
        .update(comments)
        .set({ status: "hidden" })
        .where(
          and(
            eq(comments.authorId, input.userId),
            eq(comments.status, "published"),
            consultation ? eq(comments.consultationId, consultation.id) : undefined,
          ),
        )
        .returning({ id: comments.id, consultationId: comments.consultationId });
      hidden = rows.map((r) => r.id);
      if (rows.length > 0) {
        await tx.insert(moderationDecisions).values(
          rows.map((r) => ({ consultationId: r.consultationId, commentId: r.id, actorId: actor.id, action: "hide" as const, reasonCode: "suspension", reasonText: reason })),
        );
      }
    }
    if (!consultation) await revokeSessions(tx, input.userId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: consultation ? "participant.suspend" : "participant.suspendPlatform",
      consultationId: consultation?.id ?? null,
      targetType: "user",
      targetId: input.userId,
      before: null,
      after: { suspensionId: suspension.id, endsAt: input.endsAt?.toISOString() ?? null, hiddenComments: hidden.length },
      reason,
    });
  });
}

/** Lifts a person's active suspensions in that scope. Comments hidden with it stay hidden until restored one by one. */
export async function liftSuspension(actor: Actor, consultation: ConsultationRef | null, userId: string, note = "") {
  if (consultation) assertCan(actor, "participant.suspend", { consultation });
  else assertCan(actor, "participant.suspendPlatform");
  await getDb().transaction(async (tx) => {
    const lifted = await tx
      .update(suspensions)
      .set({ liftedAt: sql`now()`, liftedBy: actor.id })
      .where(
        and(
          eq(suspensions.userId, userId),
          consultation ? eq(suspensions.consultationId, consultation.id) : isNull(suspensions.consultationId),
          isNull(suspensions.liftedAt),
        ),
      )
      .returning({ id: suspensions.id });
    if (lifted.length === 0) throw new DomainError("notSuspended");
    await recordAudit(tx, {
      actorId: actor.id,
      action: consultation ? "participant.unsuspend" : "participant.unsuspendPlatform",
      consultationId: consultation?.id ?? null,
      targetType: "user",
      targetId: userId,
      before: { suspensionIds: lifted.map((l) => l.id) },
      after: null,
      reason: note.trim(),
    });
  });
}

