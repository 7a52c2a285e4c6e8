"use server";

import { validatedAction } from "@/lib/actions/validated-action";
import { importObjectives, previewImport } from "@/lib/consultations/import";
import { importSchema } from "@/lib/consultations/schemas";
import { refreshConsultationPages } from "@/lib/cache/consultation-pages";

export const previewImportAction = validatedAction(importSchema, async (input, actor) => ({
  ok: true,
  data: await previewImport(actor, input),
}));

export const importObjectivesAction = validatedAction(importSchema, async (input, actor) => {
  const counts = await importObjectives(actor, input);
  refreshConsultationPages();
  return { ok: true, data: counts };
});
