import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getActor } from "@/lib/auth/current-actor";
import { getConsultation } from "@/lib/consultations/queries";
import { NotFoundError } from "@/lib/errors";

/**
 * The actor and the consultation of a page under /consultations/[slug]. An unknown consultation (or a
 * draft the actor may not see) is a 404. Cached per request: the metadata and the page share one lookup.
 */
export const loadConsultationPage = cache(async (slug: string) => {
  const actor = await getActor();
  try {
    return { actor, consultation: await getConsultation(actor, slug) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
