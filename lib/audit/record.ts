import "server-only";
import type { Executor } from "@/db/client";
import { auditLog, type NewAuditRow } from "@/db/schema";

/**
 * Appends one row to the audit log. Call it with the transaction of the change it records, so the
 * change and its record land together or not at all.
 */
export async function recordAudit(tx: Executor, row: Omit<NewAuditRow, "id" | "at">): Promise<void> {
  await tx.insert(auditLog).values(row);
}
