import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { objectives, type Consultation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";

/** What the exports form offers: the consultation's objectives, for the actor allowed to export. */
export async function exportOptions(actor: Actor, consultation: Consultation): Promise<{ number: number; title: string }[]> {
  assertCan(actor, "consultation.export", { consultation });
  return getDb()
    .select({ number: objectives.number, title: objectives.title })
    .from(objectives)
    .where(eq(objectives.consultationId, consultation.id))
    .orderBy(asc(objectives.position), asc(objectives.number));
}
