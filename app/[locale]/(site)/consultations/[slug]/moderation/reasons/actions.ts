"use server";

import { validatedAction } from "@/lib/actions/validated-action";
import { getConsultation } from "@/lib/consultations/queries";
import { addReasonSchema, moveReasonSchema, removeReasonSchema, renameReasonSchema } from "@/lib/moderation/schemas";
import { addReasonTemplate, moveReasonTemplate, removeReasonTemplate, renameReasonTemplate } from "@/lib/moderation/templates";
import { refreshConsultationPages } from "@/lib/cache/consultation-pages";

export const addReasonAction = validatedAction(addReasonSchema, async ({ slug, label }, actor) => {
  const template = await addReasonTemplate(actor, await getConsultation(actor, slug), label);
  refreshConsultationPages();
  return { ok: true, data: template };
});

export const renameReasonAction = validatedAction(renameReasonSchema, async ({ slug, id, label }, actor) => {
  await renameReasonTemplate(actor, await getConsultation(actor, slug), id, label);
  refreshConsultationPages();
});

export const moveReasonAction = validatedAction(moveReasonSchema, async ({ slug, id, direction }, actor) => {
  await moveReasonTemplate(actor, await getConsultation(actor, slug), id, direction);
  refreshConsultationPages();
});

export const removeReasonAction = validatedAction(removeReasonSchema, async ({ slug, id }, actor) => {
  await removeReasonTemplate(actor, await getConsultation(actor, slug), id);
  refreshConsultationPages();
});
