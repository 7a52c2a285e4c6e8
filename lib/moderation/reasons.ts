import type { Executor } from "@/db/client";
import { reasonTemplates } from "@/db/schema";

/** Reasons every consultation starts with; their labels are translated under `moderationReasons`. */
export const DEFAULT_REASONS = [
  { code: "spam", label: "Spam" },
  { code: "offensive", label: "Offensive" },
  { code: "off_topic", label: "Off-topic" },
  { code: "personal_data", label: "Personal data" },
  { code: "duplicate", label: "Duplicate" },
] as const;

/** Gives a consultation the default reason templates it lacks. */
export async function addDefaultReasons(db: Executor, consultationId: string): Promise<void> {
  await db
    .insert(reasonTemplates)
    .values(DEFAULT_REASONS.map((r, position) => ({ consultationId, ...r, position })))
    .onConflictDoNothing();
}
