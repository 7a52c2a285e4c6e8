"use server";

import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/actions/validated-action";
import { newConsultationSchema } from "@/lib/consultations/schemas";
import { createConsultation } from "@/lib/consultations/settings";

export const createConsultationAction = validatedAction(newConsultationSchema, async (input, actor) => {
  const created = await createConsultation(actor, input);
  revalidatePath("/[locale]/(site)/admin", "page");
  return { ok: true, data: { slug: created.slug } };
});
