"use server";

import { getLocale } from "next-intl/server";
import { validatedAction } from "@/lib/actions/validated-action";
import { addObjective, moveObjective, updateObjective } from "@/lib/consultations/objectives";
import { moveObjectiveSchema, newObjectiveSchema, objectiveSchema, SLUG_PATTERN } from "@/lib/consultations/schemas";
import { redirect } from "@/lib/i18n/navigation";
import { refreshConsultationPages } from "@/lib/cache/consultation-pages";

// Objectives show on the consultation's pages, each under its number.

export const addObjectiveAction = validatedAction(newObjectiveSchema, async (input, actor) => {
  const created = await addObjective(actor, input);
  refreshConsultationPages();
  return { ok: true, data: { number: created.number } };
});

export const updateObjectiveAction = validatedAction(objectiveSchema, async (input, actor) => {
  const updated = await updateObjective(actor, input);
  refreshConsultationPages();
  return { ok: true, data: { number: updated.number } };
});

export const moveObjectiveAction = validatedAction(moveObjectiveSchema, async (input, actor) => {
  const moved = await moveObjective(actor, input);
  refreshConsultationPages();
  return { ok: true, data: moved };
});

/**
 * "Move up" and "Move down" post here, with or without JavaScript, and come back to the editor with
 * the outcome in the address, where the page announces it.
 */
export async function moveObjectiveFormAction(formData: FormData): Promise<void> {
  const slug = String(formData.get("slug") ?? "");
  const result = await moveObjectiveAction({ objectiveId: formData.get("objectiveId"), direction: formData.get("direction") });
  const query = result.ok
    ? { moved: String(result.data?.number) }
    : { error: "error" in result ? result.error : "unexpected" };
  const pathname = SLUG_PATTERN.test(slug) ? `/consultations/${slug}/secretariat/objectives` : "/admin";
  redirect({ href: { pathname, query }, locale: await getLocale() });
}
