import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, syntheses, synthesisHighlights } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import { loadObjectiveContext } from "@/lib/comments/context";
import { DomainError } from "@/lib/errors";
import { versionOf, type HighlightInput, type MoveHighlightInput, type SynthesisInput } from "./schemas";

/**
 * Saves an objective's synthesis, unless someone saved it since the version the text was written
 * from: then nothing changes and the writer is told, so two members of the secretariat never
 * silently overwrite each other. Each save is audited with the text before and after.
 */
export async function saveSynthesis(
  actor: Actor,
  input: SynthesisInput,
): Promise<{ version: string; updatedAt: Date; updatedByName: string }> {
  const { consultation } = await loadObjectiveContext(getDb(), input.objectiveId);
  assertCan(actor, "consultation.manage", { consultation });
  return getDb().transaction(async (tx) => {
    const [current] = await tx.select().from(syntheses).where(eq(syntheses.objectiveId, input.objectiveId)).for("update");
    if (versionOf(current?.updatedAt) !== input.baseVersion) throw new DomainError("synthesisStale");
    // Versions are kept to the millisecond and always move forward, even for two saves in the same one.
    const updatedAt = new Date(Math.max(Date.now(), (current?.updatedAt.getTime() ?? 0) + 1));
    const values = { body: input.body, updatedBy: actor.id, updatedAt };
    const [saved] = current
      ? await tx.update(syntheses).set(values).where(eq(syntheses.objectiveId, input.objectiveId)).returning()
      : // A first save racing another first save: the row lock cannot help, the primary key does.
        await tx.insert(syntheses).values({ objectiveId: input.objectiveId, ...values }).onConflictDoNothing().returning();
    if (!saved) throw new DomainError("synthesisStale");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "synthesis.save",
      consultationId: consultation.id,
      targetType: "objective",
      targetId: input.objectiveId,
      before: current ? { body: current.body } : null,
      after: { body: input.body },
    });
    return { version: versionOf(updatedAt), updatedAt, updatedByName: actor.name };
  });
}

/** Adds a published comment of the objective to the quotes of its synthesis, or takes it out. Audited. */
export async function setHighlight(actor: Actor, input: HighlightInput): Promise<void> {
  const { consultation } = await loadObjectiveContext(getDb(), input.objectiveId);
  assertCan(actor, "consultation.manage", { consultation });
  const db = getDb();
  if (input.highlight) {
    const [quotable] = await db
      .select({ id: comments.id })
      .from(comments)
      .where(
        and(
          eq(comments.id, input.commentId),
          eq(comments.objectiveId, input.objectiveId),
          eq(comments.status, "published"),
          isNull(comments.deletedAt),
        ),
      );
    if (!quotable) throw new DomainError("highlightUnavailable");
  }
  await db.transaction(async (tx) => {
    const key = and(eq(synthesisHighlights.objectiveId, input.objectiveId), eq(synthesisHighlights.commentId, input.commentId));
    const [changed] = input.highlight
      ? await tx
          .insert(synthesisHighlights)
          .values({
            objectiveId: input.objectiveId,
            commentId: input.commentId,
            addedBy: actor.id,
            position: sql`(SELECT coalesce(max(h.position), 0) + 1 FROM ${synthesisHighlights} h WHERE h.objective_id = ${input.objectiveId})`,
          })
          .onConflictDoNothing()
          .returning()
      : await tx.delete(synthesisHighlights).where(key).returning();
    // Already as asked (a second click, another tab): nothing happened, nothing to record.
    if (!changed) return;
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.highlight ? "synthesis.highlight" : "synthesis.unhighlight",
      consultationId: consultation.id,
      targetType: "comment",
      targetId: input.commentId,
      before: input.highlight ? null : { objectiveId: input.objectiveId, position: changed.position },
      after: input.highlight ? { objectiveId: input.objectiveId, position: changed.position } : null,
    });
  });
}

/** Moves a quote one place up or down in the order the compilation prints them. Audited. */
export async function moveHighlight(actor: Actor, input: MoveHighlightInput): Promise<void> {
  const { consultation } = await loadObjectiveContext(getDb(), input.objectiveId);
  assertCan(actor, "consultation.manage", { consultation });
  await getDb().transaction(async (tx) => {
    const rows = await tx
      .select({ commentId: synthesisHighlights.commentId })
      .from(synthesisHighlights)
      .where(eq(synthesisHighlights.objectiveId, input.objectiveId))
      .orderBy(asc(synthesisHighlights.position), asc(synthesisHighlights.createdAt))
      .for("update");
    const before = rows.map((r) => r.commentId);
    const from = before.indexOf(input.commentId);
    if (from === -1) throw new DomainError("highlightUnavailable");
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= before.length) return;
    const after = [...before];
    [after[from], after[to]] = [after[to], after[from]];
    // Renumbered from 1: earlier removals leave gaps, and two quotes added at once can share a position.
    for (const [index, commentId] of after.entries()) {
      await tx
        .update(synthesisHighlights)
        .set({ position: index + 1 })
        .where(and(eq(synthesisHighlights.objectiveId, input.objectiveId), eq(synthesisHighlights.commentId, commentId)));
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "synthesis.reorderHighlights",
      consultationId: consultation.id,
      targetType: "objective",
      targetId: input.objectiveId,
      before: { order: before },
      after: { order: after },
    });
  });
}
