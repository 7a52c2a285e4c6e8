import { z } from "zod";
import { FLAG_REASONS, STAKEHOLDER_GROUPS, STANCES } from "@/lib/domain-values";
import { REGIONS } from "@/lib/geo/countries";
import { LANGUAGE_CODES } from "@/lib/i18n/locales";

/** Shared by the composer, the edit form and their server actions. Messages are keys under `errors`. */

export const COMMENT_MAX_LENGTH = 5000;

const id = z.uuid({ error: "notFound" });

const body = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "commentEmpty" })
  .max(COMMENT_MAX_LENGTH, { error: "commentTooLong" });

const content = {
  body,
  stance: z.enum(STANCES, { error: "stanceUnknown" }),
  locale: z.enum(LANGUAGE_CODES, { error: "languageUnknown" }),
  /** Keys of the consultation's guiding-principle tags. */
  tags: z.array(z.string().max(100), { error: "tagUnknown" }).max(10, { error: "tagUnknown" }).default([]),
};

export const commentSchema = z.object({
  objectiveId: id,
  parentId: id.optional(),
  ...content,
  /** Made by the browser once per draft: a retried or double-clicked submit creates one comment. */
  idempotencyKey: z.uuid({ error: "unexpected" }),
});
export type CommentInput = z.infer<typeof commentSchema>;

export const editCommentSchema = z.object({ commentId: id, ...content });
export type EditCommentInput = z.infer<typeof editCommentSchema>;

export const commentRefSchema = z.object({ commentId: id });

export const flagSchema = z
  .object({
    commentId: id,
    reason: z.enum(FLAG_REASONS, { error: "flagReasonUnknown" }),
    note: z.string().trim().max(1000, { error: "tooLong" }).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.reason === "other" && value.note === "") {
      ctx.addIssue({ code: "custom", path: ["note"], message: "flagNoteRequired" });
    }
  });
export type FlagInput = z.infer<typeof flagSchema>;

export const THREAD_SORTS = ["newest", "oldest", "endorsed"] as const;
export type ThreadSort = (typeof THREAD_SORTS)[number];

/** The thread's filters, as they appear in the URL; anything unknown is ignored rather than refused. */
export const threadQuerySchema = z.object({
  sort: z.enum(THREAD_SORTS).catch("newest"),
  after: z.string().max(200).optional().catch(undefined),
  group: z.enum(STAKEHOLDER_GROUPS).optional().catch(undefined),
  region: z.enum(REGIONS).optional().catch(undefined),
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  stance: z.enum(STANCES).optional().catch(undefined),
  principle: z.string().max(100).optional().catch(undefined),
  language: z.enum(LANGUAGE_CODES).optional().catch(undefined),
  official: z.literal("1").optional().catch(undefined),
});
export type ThreadQuery = z.infer<typeof threadQuerySchema>;
