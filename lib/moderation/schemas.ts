import { z } from "zod";
import { MODERATION_ACTIONS } from "@/lib/domain-values";

/** Shared by the moderation forms and their server actions. Messages are keys under `errors`. */

export const QUEUES = ["pending", "flagged", "recent", "hidden"] as const;
export type Queue = (typeof QUEUES)[number];

/** A queue as it appears in the URL; anything unknown falls back rather than failing. */
export const queueQuerySchema = z.object({
  queue: z.enum(QUEUES).optional().catch(undefined),
  after: z.string().max(300).optional().catch(undefined),
  /** "hide": leave out what a moderator already marked reviewed (recently published queue). */
  reviewed: z.literal("hide").optional().catch(undefined),
});
export type QueueQuery = Omit<z.infer<typeof queueQuerySchema>, "queue"> & { queue: Queue };

const id = z.uuid({ error: "notFound" });
const slug = z.string().min(1, { error: "notFound" }).max(100, { error: "notFound" });

/** Decisions that need a reason from the consultation's templates. */
export const NEEDS_REASON = ["reject", "hide"] as const;

const decisionFields = {
  action: z.enum(MODERATION_ACTIONS, { error: "decisionUnknown" }),
  // An empty choice (a form's "none") is no reason at all.
  reasonCode: z
    .string({ error: "reasonUnknown" })
    .max(100, { error: "reasonUnknown" })
    .nullish()
    .transform((code) => code || undefined),
  reasonText: z.string().trim().max(1000, { error: "tooLong" }).default(""),
};

function requireReason(value: { action: string; reasonCode?: string }, ctx: z.RefinementCtx) {
  if ((NEEDS_REASON as readonly string[]).includes(value.action) && !value.reasonCode) {
    ctx.addIssue({ code: "custom", path: ["reasonCode"], message: "reasonRequired" });
  }
}

export const decisionSchema = z.object({ commentId: id, ...decisionFields }).superRefine(requireReason);
export type DecisionForm = z.infer<typeof decisionSchema>;

/** At most a page of the queue at once. */
export const BULK_MAX = 50;

export const bulkDecisionSchema = z
  .object({
    commentIds: z.array(id).min(1, { error: "selectionEmpty" }).max(BULK_MAX, { error: "selectionTooLarge" }),
    ...decisionFields,
  })
  .superRefine(requireReason);
export type BulkDecisionForm = z.infer<typeof bulkDecisionSchema>;

export const NOTE_MAX_LENGTH = 2000;
const noteBody = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "noteEmpty" })
  .max(NOTE_MAX_LENGTH, { error: "tooLong" });

export const commentNoteSchema = z.object({ commentId: id, body: noteBody });
export const participantNoteSchema = z.object({ slug, userId: id, body: noteBody });

export const suspendSchema = z.object({
  slug,
  userId: id,
  reason: z.string({ error: "required" }).trim().min(1, { error: "reasonRequired" }).max(1000, { error: "tooLong" }),
  /** A date (yyyy-mm-dd) from the date field; the suspension ends at the start of that day, UTC. Empty: open-ended. */
  endsOn: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: "dateInvalid" })
    .default(""),
  hideComments: z.boolean().default(false),
});
export type SuspendForm = z.infer<typeof suspendSchema>;

export const liftSuspensionSchema = z.object({ slug, userId: id });

export const REASON_LABEL_MAX = 80;
const label = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(REASON_LABEL_MAX, { error: "tooLong" });

export const addReasonSchema = z.object({ slug, label });
export const renameReasonSchema = z.object({ slug, id, label });
export const moveReasonSchema = z.object({ slug, id, direction: z.enum(["up", "down"], { error: "unexpected" }) });
export const removeReasonSchema = z.object({ slug, id });
