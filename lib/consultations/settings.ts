import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consultations, type Consultation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import { STAKEHOLDER_GROUPS, type ConsultationStatus, type StakeholderGroup } from "@/lib/domain-values";
import { LANGUAGE_CODES, type LanguageCode } from "@/lib/i18n/locales";
import { DomainError } from "@/lib/errors";
import { addDefaultReasons } from "@/lib/moderation/reasons";
import { lockForManagement } from "./managed";
import type { NewConsultationInput, SettingsInput, StatusChangeInput } from "./schemas";

/** A new consultation, as a draft with the default moderation reasons; platform admins only. */
export async function createConsultation(actor: Actor, input: NewConsultationInput): Promise<{ id: string; slug: string }> {
  assertCan(actor, "consultation.create");
  const { region, country, ...fields } = inOrder(input);
  const scopeArea = input.scope === "regional" ? region : input.scope === "national" ? country : null;
  return getDb().transaction(async (tx) => {
    const [created] = await tx
      .insert(consultations)
      .values({ ...fields, scopeArea, status: "draft" })
      .onConflictDoNothing({ target: consultations.slug })
      .returning();
    if (!created) throw new DomainError("slugTaken", "slug");
    await addDefaultReasons(tx, created.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "consultation.create",
      consultationId: created.id,
      targetType: "consultation",
      targetId: created.id,
      before: null,
      after: auditView(created),
    });
    return { id: created.id, slug: created.slug };
  });
}

const SETTINGS = ["title", "summary", "opensAt", "closesAt", "moderationMode", "languages", "allowedGroups", "autoHideThreshold"] as const;

/** The secretariat's settings; the audit row holds the fields that changed, before and after. */
export async function updateSettings(actor: Actor, input: SettingsInput): Promise<void> {
  await getDb().transaction(async (tx) => {
    const { consultation, actor: staff } = await lockForManagement(tx, actor, input.consultationId);
    const wanted = inOrder(input);
    const changed = SETTINGS.filter((key) => !sameValue(consultation[key], wanted[key]));
    if (changed.length === 0) return;
    const pick = (source: Pick<Consultation, (typeof SETTINGS)[number]>) =>
      auditView(Object.fromEntries(changed.map((key) => [key, source[key]])));
    await tx
      .update(consultations)
      .set({ ...Object.fromEntries(changed.map((key) => [key, wanted[key]])), updatedAt: sql`now()` })
      .where(eq(consultations.id, consultation.id));
    await recordAudit(tx, {
      actorId: staff.id,
      action: "consultation.update",
      consultationId: consultation.id,
      targetType: "consultation",
      targetId: consultation.id,
      before: pick(consultation),
      after: pick(wanted),
    });
  });
}

/** From which effective statuses each change may be made. */
const ALLOWED_FROM: Record<StatusChangeInput["status"], ConsultationStatus[]> = {
  open: ["draft", "closed"],
  closed: ["open"],
  archived: ["draft", "closed"],
};

/**
 * Opens, closes or archives now. Checked against the effective status, so a draft whose opening
 * date has passed is closed, not opened again. Dates are left as set: a closed consultation stays
 * closed whatever its closing date, and one cannot be opened past its closing date.
 */
export async function changeStatus(actor: Actor, input: StatusChangeInput): Promise<void> {
  await getDb().transaction(async (tx) => {
    const { consultation, actor: staff } = await lockForManagement(tx, actor, input.consultationId);
    if (!ALLOWED_FROM[input.status].includes(consultation.status)) throw new DomainError("statusChangeNotAllowed");
    if (input.status === "open" && consultation.closesAt && consultation.closesAt <= new Date()) {
      throw new DomainError("closesAtPassed");
    }
    await tx.update(consultations).set({ status: input.status, updatedAt: sql`now()` }).where(eq(consultations.id, consultation.id));
    await recordAudit(tx, {
      actorId: staff.id,
      action: `consultation.${input.status === "open" ? "open" : input.status === "closed" ? "close" : "archive"}`,
      consultationId: consultation.id,
      targetType: "consultation",
      targetId: consultation.id,
      before: { status: consultation.status },
      after: { status: input.status },
    });
  });
}

/** Languages and groups in the vocabularies' order, so that ticking the same boxes changes nothing. */
function inOrder<T extends { languages: LanguageCode[]; allowedGroups: StakeholderGroup[] }>(input: T): T {
  return {
    ...input,
    languages: LANGUAGE_CODES.filter((code) => input.languages.includes(code)),
    allowedGroups: STAKEHOLDER_GROUPS.filter((group) => input.allowedGroups.includes(group)),
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return (a as Date | null)?.getTime() === (b as Date | null)?.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** Dates as ISO text, so the audit's JSON reads the same whatever wrote it. */
function auditView(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]));
}
