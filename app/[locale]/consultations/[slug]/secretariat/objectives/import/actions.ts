"use server";

import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/actions/validated-action";
import { importObjectives, previewImport } from "@/lib/consultations/import";
import { importSchema } from "@/lib/consultations/schemas";

export const previewImportAction = validatedAction(importSchema, async (input, actor) => ({
  ok: true,
  data: await previewImport(actor, input),
}));

export const importObjectivesAction = validatedAction(importSchema, async (input, actor) => {
  const counts = await importObjectives(actor, input);
  revalidatePath("/[locale]/consultations/[slug]", "layout");
  return { ok: true, data: counts };
});
