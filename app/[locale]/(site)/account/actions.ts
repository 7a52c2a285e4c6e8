"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { refreshConsultationPages } from "@/lib/cache/consultation-pages";
import { validatedAction } from "@/lib/actions/validated-action";
import { signIn } from "@/lib/auth";
import { changeOwnPassword, requestVerification, updateOwnProfile } from "@/lib/users/accounts";
import { passwordChangeSchema, profileSchema } from "@/lib/users/schemas";

export const updateProfileAction = validatedAction(profileSchema, async (input, actor) => {
  await updateOwnProfile(actor, input);
  revalidatePath("/[locale]/(site)/account", "page");
  // Comments show their author's name and organization.
  refreshConsultationPages();
});

export const changePasswordAction = validatedAction(passwordChangeSchema, async (input, actor) => {
  await changeOwnPassword(actor, input);
  // Every session was revoked, this one too: issue a fresh one for the person who just proved it is them.
  if (actor.kind === "user") {
    await signIn("credentials", { email: actor.email, password: input.newPassword, redirect: false });
  }
});

export const requestVerificationAction = validatedAction(z.object({}), async (_input, actor) => {
  await requestVerification(actor);
  revalidatePath("/[locale]/(site)/account", "page");
});
