"use server";

import { revalidatePath } from "next/cache";
import { refreshConsultationPages } from "@/lib/cache/consultation-pages";
import { validatedAction } from "@/lib/actions/validated-action";
import { liftSuspension, suspendParticipant } from "@/lib/moderation/suspensions";
import { liftSuspensionSchema, platformSuspensionSchema } from "@/lib/users/admin-schemas";

export const suspendPlatformAction = validatedAction(platformSuspensionSchema, async (input, actor) => {
  await suspendParticipant(actor, null, {
    userId: input.userId,
    reason: input.reason,
    endsAt: input.endsAt ? new Date(`${input.endsAt}T00:00:00Z`) : undefined,
    hideComments: input.hideComments,
  });
  revalidatePath("/[locale]/(site)/admin/suspensions", "page");
  // Hidden comments leave the visitors' copies too.
  if (input.hideComments) refreshConsultationPages();
});

export const liftPlatformSuspensionAction = validatedAction(liftSuspensionSchema, async (input, actor) => {
  await liftSuspension(actor, null, input.userId, input.note);
  revalidatePath("/[locale]/(site)/admin/suspensions", "page");
});
