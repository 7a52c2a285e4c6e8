"use server";

import { validatedAction } from "@/lib/actions/validated-action";
import { moveHighlight, saveSynthesis, setHighlight } from "@/lib/synthesis/mutations";
import { highlightSchema, moveHighlightSchema, synthesisSchema } from "@/lib/synthesis/schemas";

export const saveSynthesisAction = validatedAction(synthesisSchema, async (input, actor) => {
  const saved = await saveSynthesis(actor, input);
  return { ok: true, data: saved };
});

export const highlightAction = validatedAction(highlightSchema, async (input, actor) => {
  await setHighlight(actor, input);
});

export const moveHighlightAction = validatedAction(moveHighlightSchema, async (input, actor) => {
  await moveHighlight(actor, input);
});
