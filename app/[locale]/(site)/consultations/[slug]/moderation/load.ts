import "server-only";
import { cache } from "react";
import { decide, type Action } from "@/lib/auth/policy";
import { loadConsultationPage } from "@/lib/consultations/load-page";

/** The actor, the consultation and whether the actor may use this staff page (cached per request). */
export const loadStaffPage = cache(async (slug: string, action: Action) => {
  const { actor, consultation } = await loadConsultationPage(slug);
  return { actor, consultation, access: decide(actor, action, { consultation }) };
});
