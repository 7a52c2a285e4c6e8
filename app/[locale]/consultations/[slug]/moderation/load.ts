import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getActor } from "@/lib/auth/current-actor";
import { decide, type Action } from "@/lib/auth/policy";
import { getConsultation } from "@/lib/consultations/queries";
import { NotFoundError } from "@/lib/errors";

/**
 * The actor, the consultation and whether the actor may use this staff page. Cached per request:
 * the metadata and the page share one lookup. A draft the actor may not see is a 404.
 */
export const loadStaffPage = cache(async (slug: string, action: Action) => {
  const actor = await getActor();
  try {
    const consultation = await getConsultation(actor, slug);
    return { actor, consultation, access: decide(actor, action, { consultation }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
