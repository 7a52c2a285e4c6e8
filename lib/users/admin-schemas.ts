import { z } from "zod";
import { STAFF_ROLES } from "@/lib/domain-values";
import { email } from "./schemas";

/**
 * The forms of the administration screens (verification, platform suspensions, staff), shared by
 * each form and its server action. Messages are keys under `errors` in the catalogs.
 */

const accountId = z.uuid({ error: "notFound" });
const note = z.string({ error: "required" }).trim().max(1000, { error: "tooLong" });

export const AFFILIATION_DECISIONS = ["verify", "reject", "revoke"] as const;

export const affiliationDecisionSchema = z
  .object({ userId: accountId, decision: z.enum(AFFILIATION_DECISIONS, { error: "decisionUnknown" }), note })
  .superRefine((value, ctx) => {
    // A refusal or a revocation is explained to the person; a verification needs no words.
    if (value.decision !== "verify" && value.note === "") ctx.addIssue({ code: "custom", path: ["note"], message: "noteRequired" });
  });
export type AffiliationDecisionInput = z.input<typeof affiliationDecisionSchema>;

export const platformSuspensionSchema = z.object({
  userId: accountId,
  reason: note.min(1, { error: "required" }),
  /** A date input's value: empty for no end. The suspension ends at the start of that day (UTC). */
  endsAt: z.union([z.literal(""), z.iso.date({ error: "dateInvalid" })]).default(""),
  hideComments: z.boolean({ error: "required" }).default(false),
});
export type PlatformSuspensionInput = z.input<typeof platformSuspensionSchema>;

export const liftSuspensionSchema = z.object({ userId: accountId, note: note.default("") });

const consultationSlug = z.string({ error: "notFound" }).min(1, { error: "notFound" }).max(200, { error: "notFound" });
const role = z.enum(STAFF_ROLES, { error: "roleUnknown" });

export const staffAppointmentSchema = z.object({ slug: consultationSlug, email, role });
export type StaffAppointmentInput = z.input<typeof staffAppointmentSchema>;

export const staffRemovalSchema = z.object({ slug: consultationSlug, userId: accountId, role });
