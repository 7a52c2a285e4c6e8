"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/actions/validated-action";
import { SLUG_PATTERN, settingsSchema, statusChangeSchema } from "@/lib/consultations/schemas";
import { changeStatus, updateSettings } from "@/lib/consultations/settings";
import { redirect } from "@/lib/i18n/navigation";

// The status and the settings show on every page of the consultation, and in the lists.
const refresh = () => revalidatePath("/[locale]", "layout");

export const updateSettingsAction = validatedAction(settingsSchema, async (input, actor) => {
  await updateSettings(actor, input);
  refresh();
});

export const changeStatusAction = validatedAction(statusChangeSchema, async (input, actor) => {
  await changeStatus(actor, input);
  refresh();
});

/**
 * The status buttons post here, with or without JavaScript, and come back to the settings page with
 * the outcome in the address, where the page shows it.
 */
export async function changeStatusFormAction(formData: FormData): Promise<void> {
  const slug = String(formData.get("slug") ?? "");
  const status = formData.get("status");
  const result = await changeStatusAction({ consultationId: formData.get("consultationId"), status });
  const query = result.ok ? { changed: String(status) } : { error: "error" in result ? result.error : "unexpected" };
  const pathname = SLUG_PATTERN.test(slug) ? `/consultations/${slug}/secretariat/settings` : "/admin";
  redirect({ href: { pathname, query }, locale: await getLocale() });
}
