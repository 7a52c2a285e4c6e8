import { revalidatePath } from "next/cache";
import { dropVisitorCopies } from "./visitor-copies";

/**
 * After a write that pages of a consultation show (comments, counters, decisions, objectives): every
 * such page, including the visitors' copies of objective pages.
 */
export function refreshConsultationPages(): void {
  revalidatePath("/[locale]/(site)/consultations/[slug]", "layout");
  dropVisitorCopies();
}
