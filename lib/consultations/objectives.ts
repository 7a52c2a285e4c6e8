import "server-only";
import { and, asc, eq, max, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { objectives, type Objective } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { DomainError, NotFoundError } from "@/lib/errors";
import { lockForManagement } from "./managed";
import type { MoveObjectiveInput, NewObjectiveInput, ObjectiveInput } from "./schemas";

/**
 * The secretariat's objectives editor. An objective's number is how the text and its readers cite it
 * ("Objective 5") and its address, so the order is the numbering: moving an objective swaps its
 * number with its neighbour's. Comments belong to the objective itself and follow it.
 */

const content = (o: Pick<Objective, "number" | "shortTitle" | "title" | "body">) => ({
  number: o.number,
  shortTitle: o.shortTitle,
  title: o.title,
  body: o.body,
});

export async function addObjective(actor: Actor, input: NewObjectiveInput): Promise<Objective> {
  return getDb().transaction(async (tx) => {
    const { consultation, actor: staff } = await lockForManagement(tx, actor, input.consultationId);
    const { consultationId: _id, ...fields } = input;
    const [created] = await tx
      .insert(objectives)
      .values({ consultationId: consultation.id, ...fields, position: input.number })
      .onConflictDoNothing({ target: [objectives.consultationId, objectives.number] })
      .returning();
    if (!created) throw new DomainError("numberTaken", "number");
    await recordAudit(tx, {
      actorId: staff.id,
      action: "objective.create",
      consultationId: consultation.id,
      targetType: "objective",
      targetId: created.id,
      before: null,
      after: content(created),
    });
    return created;
  });
}

/** The objective and its consultation, locked for a change by the consultation's staff. */
async function lockObjective(tx: Transaction, actor: Actor, objectiveId: string) {
  const [objective] = await tx.select().from(objectives).where(eq(objectives.id, objectiveId));
  if (!objective) throw new NotFoundError();
  const locked = await lockForManagement(tx, actor, objective.consultationId);
  // Read again under the consultation's lock: another change may have renumbered it meanwhile.
  const [current] = await tx.select().from(objectives).where(eq(objectives.id, objectiveId));
  if (!current) throw new NotFoundError();
  return { ...locked, objective: current };
}

export async function updateObjective(actor: Actor, input: ObjectiveInput): Promise<Objective> {
  return getDb().transaction(async (tx) => {
    const { consultation, actor: staff, objective } = await lockObjective(tx, actor, input.objectiveId);
    if (input.number !== objective.number) {
      const [taken] = await tx
        .select({ id: objectives.id })
        .from(objectives)
        .where(and(eq(objectives.consultationId, consultation.id), eq(objectives.number, input.number)));
      if (taken) throw new DomainError("numberTaken", "number");
    }
    const { objectiveId: _id, ...fields } = input;
    const renumbered = input.number !== objective.number ? { position: input.number } : {};
    const [updated] = await tx
      .update(objectives)
      .set({ ...fields, ...renumbered, updatedAt: sql`now()` })
      .where(eq(objectives.id, objective.id))
      .returning();
    await recordAudit(tx, {
      actorId: staff.id,
      action: "objective.update",
      consultationId: consultation.id,
      targetType: "objective",
      targetId: objective.id,
      before: content(objective),
      after: content(updated),
    });
    return updated;
  });
}

/**
 * Swaps an objective's number and place with the one before or after it, in one transaction. The
 * unique (consultation, number) index is checked row by row, so the swap goes through a free
 * number above all others. Moving the first up or the last down changes nothing.
 */
export async function moveObjective(actor: Actor, input: MoveObjectiveInput): Promise<{ number: number }> {
  return getDb().transaction(async (tx) => {
    const { consultation, actor: staff, objective } = await lockObjective(tx, actor, input.objectiveId);
    const ordered = await tx
      .select()
      .from(objectives)
      .where(eq(objectives.consultationId, consultation.id))
      .orderBy(asc(objectives.position), asc(objectives.number));
    const index = ordered.findIndex((o) => o.id === objective.id);
    const other = ordered[input.direction === "up" ? index - 1 : index + 1];
    if (!other) return { number: objective.number };

    const [{ highest }] = await tx
      .select({ highest: max(objectives.number) })
      .from(objectives)
      .where(eq(objectives.consultationId, consultation.id));
    const place = (o: Objective, number: number, position = number) =>
      tx.update(objectives).set({ number, position, updatedAt: sql`now()` }).where(eq(objectives.id, o.id));
    await place(objective, (highest ?? 0) + 1);
    await place(other, objective.number, objective.position);
    await place(objective, other.number, other.position);
    await recordAudit(tx, {
      actorId: staff.id,
      action: "objective.move",
      consultationId: consultation.id,
      targetType: "objective",
      targetId: objective.id,
      before: { number: objective.number, swappedWith: { id: other.id, number: other.number } },
      after: { number: other.number, swappedWith: { id: other.id, number: objective.number } },
    });
    return { number: other.number };
  });
}
