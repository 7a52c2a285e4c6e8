import { z } from "zod";
import { STAKEHOLDER_GROUPS } from "@/lib/domain-values";

/** Shared by the synthesis page's forms and their server actions. Messages are keys under `errors`. */

export const SYNTHESIS_MAX_LENGTH = 20_000;

const id = z.uuid({ error: "notFound" });

export const synthesisSchema = z.object({
  objectiveId: id,
  // Not trimmed: the secretariat's text is saved exactly as typed, blank lines included.
  body: z.string({ error: "required" }).max(SYNTHESIS_MAX_LENGTH, { error: "synthesisTooLong" }),
  /** The version the text was written from (see versionOf), empty before the first save. */
  baseVersion: z.string().max(40),
});
export type SynthesisInput = z.infer<typeof synthesisSchema>;

export const highlightSchema = z.object({ objectiveId: id, commentId: id, highlight: z.boolean() });
export type HighlightInput = z.infer<typeof highlightSchema>;

export const moveHighlightSchema = z.object({ objectiveId: id, commentId: id, direction: z.enum(["up", "down"]) });
export type MoveHighlightInput = z.infer<typeof moveHighlightSchema>;

/** The synthesis page's comment filters, from its URL. */
export const synthesisCommentFilterSchema = z.object({
  group: z.enum(STAKEHOLDER_GROUPS).optional().catch(undefined),
  official: z
    .literal("1")
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
});
export type SynthesisCommentFilters = z.infer<typeof synthesisCommentFilterSchema>;

/** A synthesis's version: the time of its last save to the millisecond (what a browser's Date keeps). */
export function versionOf(updatedAt: Date | null | undefined): string {
  return updatedAt ? updatedAt.toISOString() : "";
}
