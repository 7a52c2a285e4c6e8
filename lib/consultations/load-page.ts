import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current-actor";
import { getConsultation, getObjective } from "@/lib/consultations/queries";
import { NotFoundError } from "@/lib/errors";

/** A domain NotFoundError is the page's 404. */
async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/**
 * The actor and the consultation of a page under /consultations/[slug]. An unknown consultation (or a
 * draft the actor may not see) is a 404. Cached per request: the metadata and the page share one lookup.
 */
export const loadConsultationPage = cache(async (slug: string) => {
  const actor = await getActor();
  return orNotFound(async () => ({ actor, consultation: await getConsultation(actor, slug) }));
});

export type ObjectivePageData = Awaited<ReturnType<typeof loadObjectivePage>>;

/** An objective page's consultation, objective and neighbours, as this actor may see them (else a 404). */
export async function loadObjectivePage(actor: Actor, slug: string, number: string) {
  if (!/^[1-9]\d{0,3}$/.test(number)) notFound();
  return orNotFound(async () => {
    const consultation = await getConsultation(actor, slug);
    return { actor, consultation, ...(await getObjective(actor, consultation, Number(number))) };
  });
}
