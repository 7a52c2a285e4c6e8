import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { consultations } from "@/db/schema";
import type { Actor, UserActor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { consultationColumns } from "./status";

/**
 * Loads a consultation for a change by its staff, locked until the transaction ends: the changes of
 * one consultation (settings, status, objectives) happen one at a time, each seeing the last.
 * Refuses, before anything is written, whoever may not manage it.
 */
export async function lockForManagement(tx: Transaction, actor: Actor, consultationId: string) {
  const [consultation] = await tx
    .select(consultationColumns())
    .from(consultations)
    .where(eq(consultations.id, consultationId))
    .for("update");
  if (!consultation) throw new NotFoundError();
  assertCan(actor, "consultation.manage", { consultation });
  return { consultation, actor: actor as UserActor };
}
