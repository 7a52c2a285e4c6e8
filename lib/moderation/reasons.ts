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

/** Reasons the system gives on its own (auto-hide, suspension); never templates, always translated. */
export const SYSTEM_REASONS = ["flagged", "suspension"] as const;

/**
 * What a reason reads as: a default template the secretariat left as it was, or a system reason, in
 * the reader's language; a template they added or renamed, as they wrote it; an unknown code as is.
 */
export function reasonLabel(
  code: string,
  templateLabel: string | null,
  translated: { has: (key: string) => boolean; (key: string): string },
): string {
  const byDefault = DEFAULT_REASONS.find((r) => r.code === code);
  const untouched = templateLabel === null || templateLabel === byDefault?.label;
  if ((byDefault || (SYSTEM_REASONS as readonly string[]).includes(code)) && untouched && translated.has(code)) {
    return translated(code);
  }
  return templateLabel ?? code;
}
