import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { objectives } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { parseObjectivesFile, type ImportIssue, type ImportRow } from "./import-parse";
import { lockForManagement } from "./managed";
import type { ImportInput } from "./schemas";

/**
 * Importing objectives from a file: a preview first, then all or nothing. A row whose number an
 * objective already has updates that objective (its titles, and its body unless the row leaves it
 * empty); any other row adds an objective.
 */

export interface ImportPreview {
  unit: "line" | "entry";
  rows: (ImportRow & { outcome: "add" | "update" })[];
  issues: ImportIssue[];
}

async function plan(db: Executor, consultationId: string, input: ImportInput): Promise<ImportPreview> {
  const parsed = parseObjectivesFile(input.format, input.content);
  const existing = new Set(
    (await db.select({ number: objectives.number }).from(objectives).where(eq(objectives.consultationId, consultationId))).map((o) => o.number),
  );
  return {
    ...parsed,
    rows: parsed.rows.map((row) => ({ ...row, outcome: existing.has(row.number) ? "update" : "add" })),
  };
}

/** What importing this file would do; writes nothing. */
export async function previewImport(actor: Actor, input: ImportInput): Promise<ImportPreview> {
  // Read-only, but in a transaction like the import so that the same check refuses the same people.
  return getDb().transaction(async (tx) => {
    const { consultation } = await lockForManagement(tx, actor, input.consultationId);
    return plan(tx, consultation.id, input);
  });
}

/** Imports the file in one transaction, or refuses it whole when the preview shows any problem. */
export async function importObjectives(actor: Actor, input: ImportInput): Promise<{ added: number; updated: number }> {
  return getDb().transaction(async (tx) => {
    const { consultation, actor: staff } = await lockForManagement(tx, actor, input.consultationId);
    const preview = await plan(tx, consultation.id, input);
    if (preview.issues.length > 0) throw new DomainError("importHasErrors");

    const updatedNumbers = preview.rows.filter((r) => r.outcome === "update").map((r) => r.number);
    const before =
      updatedNumbers.length === 0
        ? []
        : await tx
            .select({ number: objectives.number, shortTitle: objectives.shortTitle, title: objectives.title, body: objectives.body })
            .from(objectives)
            .where(and(eq(objectives.consultationId, consultation.id), inArray(objectives.number, updatedNumbers)))
            .orderBy(asc(objectives.number));
    // Rows with a body replace it; rows without leave an existing objective's body as it is.
    for (const withBody of [true, false]) {
      const rows = preview.rows.filter((r) => (r.body !== undefined) === withBody);
      if (rows.length === 0) continue;
      await tx
        .insert(objectives)
        .values(rows.map((r) => ({ consultationId: consultation.id, number: r.number, position: r.number, shortTitle: r.shortTitle, title: r.title, body: r.body ?? "" })))
        .onConflictDoUpdate({
          target: [objectives.consultationId, objectives.number],
          set: {
            shortTitle: sql`excluded.short_title`,
            title: sql`excluded.title`,
            ...(withBody ? { body: sql`excluded.body` } : {}),
            updatedAt: sql`now()`,
          },
        });
    }
    const added = preview.rows.filter((r) => r.outcome === "add").map((r) => r.number);
    await recordAudit(tx, {
      actorId: staff.id,
      action: "objectives.import",
      consultationId: consultation.id,
      targetType: "consultation",
      targetId: consultation.id,
      before: { updated: before },
      after: { format: input.format, added, updated: preview.rows.filter((r) => r.outcome === "update").map(({ line: _line, outcome: _outcome, ...row }) => row) },
    });
    return { added: added.length, updated: updatedNumbers.length };
  });
}
