"use server";

import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/actions/validated-action";
import { decideAffiliation } from "@/lib/moderation/affiliations";
import { affiliationDecisionSchema } from "@/lib/users/admin-schemas";

export const decideAffiliationAction = validatedAction(affiliationDecisionSchema, async (input, actor) => {
  await decideAffiliation(actor, input);
  revalidatePath("/[locale]/(site)/admin/verification", "page");
});
