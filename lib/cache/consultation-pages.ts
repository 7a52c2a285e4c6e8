import { revalidatePath } from "next/cache";

/** The visitors' copy of an objective page, served from the page cache (see proxy.ts). */
export const VISITOR_OBJECTIVE_ROUTE = "/[locale]/visitor/consultations/[slug]/objectives/[number]";

/**
 * After a write that pages of a consultation show (comments, counters, decisions, objectives): every
 * such page, including the visitors' cached copies of objective pages.
 */
export function refreshConsultationPages(): void {
  revalidatePath("/[locale]/(site)/consultations/[slug]", "layout");
  revalidatePath(VISITOR_OBJECTIVE_ROUTE, "page");
}
