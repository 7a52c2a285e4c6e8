"use server";

import { validatedAction } from "@/lib/actions/validated-action";
import { decide, decideMany } from "@/lib/moderation/decisions";
import { addCommentNote } from "@/lib/moderation/notes";
import { bulkDecisionSchema, commentNoteSchema, decisionSchema } from "@/lib/moderation/schemas";
import { refreshConsultationPages } from "@/lib/cache/consultation-pages";

// A decision changes what every page of the consultation shows: threads, counts, queues.

export const decideAction = validatedAction(decisionSchema, async (input, actor) => {
  const result = await decide(actor, input);
  refreshConsultationPages();
  return { ok: true, data: result };
});

/** One decision on the selected items; each item's outcome is reported (done, already decided, refused). */
export const bulkDecideAction = validatedAction(bulkDecisionSchema, async (input, actor) => {
  const outcomes = await decideMany(actor, input);
  if (outcomes.some((o) => o.outcome === "done")) refreshConsultationPages();
  return { ok: true, data: outcomes };
});

export const commentNoteAction = validatedAction(commentNoteSchema, async ({ commentId, body }, actor) => {
  const note = await addCommentNote(actor, commentId, body);
  refreshConsultationPages();
  return { ok: true, data: note };
});
