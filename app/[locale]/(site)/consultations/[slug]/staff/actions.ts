"use server";

import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/actions/validated-action";
import { getConsultation } from "@/lib/consultations/queries";
import { appointStaff, removeStaff } from "@/lib/consultations/staff";
import { staffAppointmentSchema, staffRemovalSchema } from "@/lib/users/admin-schemas";

export const appointStaffAction = validatedAction(staffAppointmentSchema, async (input, actor) => {
  const consultation = await getConsultation(actor, input.slug);
  const appointed = await appointStaff(actor, consultation, input);
  revalidatePath("/[locale]/(site)/consultations/[slug]/staff", "page");
  return { ok: true, data: { name: appointed.name } };
});

export const removeStaffAction = validatedAction(staffRemovalSchema, async (input, actor) => {
  const consultation = await getConsultation(actor, input.slug);
  await removeStaff(actor, consultation, input);
  revalidatePath("/[locale]/(site)/consultations/[slug]/staff", "page");
});
