import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { reasonTemplates } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, type ConsultationRef } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import { DomainError, NotFoundError } from "@/lib/errors";
import { SYSTEM_REASONS } from "./reasons";

/** The reasons offered when rejecting or hiding, in the consultation's order. */
export interface ReasonTemplate {
  id: string;
  code: string;
  label: string;
  position: number;
  /** Past decisions cite it: it cannot be removed without rewriting what they said. */
  used: boolean;
}

export async function listReasonTemplates(actor: Actor, consultation: ConsultationRef): Promise<ReasonTemplate[]> {
  assertCan(actor, "moderation.view", { consultation });
  return selectTemplates(getDb(), consultation.id);
}

function selectTemplates(db: Executor, consultationId: string) {
  return db
    .select({
      id: reasonTemplates.id,
      code: reasonTemplates.code,
      label: reasonTemplates.label,
      position: reasonTemplates.position,
      // Qualified by hand: drizzle leaves a lone table's columns unqualified, which the subquery would capture.
      used: sql<boolean>`EXISTS (SELECT 1 FROM moderation_decisions d
        WHERE d.consultation_id = ${reasonTemplates}.consultation_id AND d.reason_code = ${reasonTemplates}.code)`,
    })
    .from(reasonTemplates)
    .where(eq(reasonTemplates.consultationId, consultationId))
    .orderBy(asc(reasonTemplates.position), asc(reasonTemplates.code));
}

/** "Hate speech" → "hate_speech"; a label with no Latin letters or digits gets "reason". */
export function codeFromLabel(label: string): string {
  const code = label
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40)
    .replace(/_+$/, "");
  return code || "reason";
}

/** The first of code, code_2, code_3… that neither a template nor a system reason uses. */
function uniqueCode(base: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const code = n === 1 ? base : `${base}_${n}`;
    if (!taken.has(code)) return code;
  }
}

function assertLabelFree(templates: { id: string; label: string }[], label: string, except?: string) {
  const wanted = label.toLocaleLowerCase();
  if (templates.some((t) => t.id !== except && t.label.toLocaleLowerCase() === wanted)) {
    throw new DomainError("reasonLabelTaken", "label");
  }
}

function findTemplate<T extends { id: string }>(templates: T[], id: string): T {
  const template = templates.find((t) => t.id === id);
  if (!template) throw new NotFoundError();
  return template;
}

/** Each change to the list runs in one transaction with its audit row. */
async function change<T>(actor: Actor, consultation: ConsultationRef, work: (tx: Executor, actorId: string, templates: ReasonTemplate[]) => Promise<T>) {
  assertCan(actor, "moderation.reasons", { consultation });
  return getDb().transaction(async (tx) => {
    // Serializes concurrent edits of one consultation's list (positions, uniqueness of labels).
    await tx.execute(sql`SELECT 1 FROM reason_templates WHERE consultation_id = ${consultation.id} FOR UPDATE`);
    return work(tx, actor.id, await selectTemplates(tx, consultation.id));
  });
}

export async function addReasonTemplate(actor: Actor, consultation: ConsultationRef, rawLabel: string): Promise<ReasonTemplate> {
  const label = rawLabel.trim();
  if (!label) throw new DomainError("required", "label");
  return change(actor, consultation, async (tx, actorId, templates) => {
    assertLabelFree(templates, label);
    const taken = new Set<string>([...templates.map((t) => t.code), ...SYSTEM_REASONS]);
    const code = uniqueCode(codeFromLabel(label), taken);
    const position = templates.reduce((max, t) => Math.max(max, t.position + 1), 0);
    const [created] = await tx.insert(reasonTemplates).values({ consultationId: consultation.id, code, label, position }).returning();
    await recordAudit(tx, {
      actorId,
      action: "reason.add",
      consultationId: consultation.id,
      targetType: "reasonTemplate",
      targetId: created.id,
      before: null,
      after: { code, label, position },
    });
    return { id: created.id, code, label, position, used: false };
  });
}

/** A new label; the code stays, so past decisions read with the new wording. */
export async function renameReasonTemplate(actor: Actor, consultation: ConsultationRef, id: string, rawLabel: string): Promise<void> {
  const label = rawLabel.trim();
  if (!label) throw new DomainError("required", "label");
  await change(actor, consultation, async (tx, actorId, templates) => {
    const template = findTemplate(templates, id);
    if (template.label === label) return;
    assertLabelFree(templates, label, id);
    await tx.update(reasonTemplates).set({ label }).where(eq(reasonTemplates.id, id));
    await recordAudit(tx, {
      actorId,
      action: "reason.rename",
      consultationId: consultation.id,
      targetType: "reasonTemplate",
      targetId: id,
      before: { code: template.code, label: template.label },
      after: { code: template.code, label },
    });
  });
}

/** Moves a template one place up or down; the list is renumbered 0, 1, 2… */
export async function moveReasonTemplate(actor: Actor, consultation: ConsultationRef, id: string, direction: "up" | "down"): Promise<void> {
  await change(actor, consultation, async (tx, actorId, templates) => {
    const from = templates.indexOf(findTemplate(templates, id));
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= templates.length) return;
    const order = templates.map((t) => t.id);
    [order[from], order[to]] = [order[to], order[from]];
    for (const [position, templateId] of order.entries()) {
      if (templates.find((t) => t.id === templateId)!.position !== position) {
        await tx.update(reasonTemplates).set({ position }).where(eq(reasonTemplates.id, templateId));
      }
    }
    await recordAudit(tx, {
      actorId,
      action: "reason.move",
      consultationId: consultation.id,
      targetType: "reasonTemplate",
      targetId: id,
      before: { position: from },
      after: { position: to },
    });
  });
}

/**
 * Removes a template no decision has cited. A cited one stays: removing it would leave those
 * decisions without the words they were given (retiring it needs a column the schema lacks).
 */
export async function removeReasonTemplate(actor: Actor, consultation: ConsultationRef, id: string): Promise<void> {
  await change(actor, consultation, async (tx, actorId, templates) => {
    const template = findTemplate(templates, id);
    if (template.used) throw new DomainError("reasonInUse");
    await tx.delete(reasonTemplates).where(and(eq(reasonTemplates.id, id), eq(reasonTemplates.consultationId, consultation.id)));
    await recordAudit(tx, {
      actorId,
      action: "reason.remove",
      consultationId: consultation.id,
      targetType: "reasonTemplate",
      targetId: id,
      before: { code: template.code, label: template.label, position: template.position },
      after: null,
    });
  });
}
