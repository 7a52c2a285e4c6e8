import { getTableColumns, sql, type SQL } from "drizzle-orm";
import { consultations } from "@/db/schema";
import type { ConsultationStatus } from "@/lib/domain-values";

/**
 * The status a consultation has now. The stored status is what the secretariat last chose; the
 * dates schedule the rest: a draft with an opening date is open from that instant, and an open
 * consultation is closed from its closing date. Closed and archived are never undone by a date.
 *
 * Computed in SQL by the few queries that load a consultation (getConsultation, listConsultations,
 * the participation context) rather than written back by a job or by the first reader: reads stay
 * reads (no write, no audit noise, no race between two readers promoting the same row), and the
 * answer is exact at the boundary instant because the database compares against its own clock in
 * the same statement that every check then relies on.
 *
 * `at` replaces the clock, for tests of the boundaries.
 */
export function effectiveStatus(at?: Date): SQL<ConsultationStatus> {
  const now = at ? sql`${at.toISOString()}::timestamptz` : sql`now()`;
  return sql<ConsultationStatus>`(CASE
    WHEN ${consultations.status} = 'open' OR (${consultations.status} = 'draft' AND ${consultations.opensAt} <= ${now})
      THEN (CASE WHEN ${consultations.closesAt} <= ${now} THEN 'closed' ELSE 'open' END)::consultation_status
    ELSE ${consultations.status} END)`;
}

/** Every column of a consultation, its status being the effective one. */
export function consultationColumns() {
  const { status: _stored, ...columns } = getTableColumns(consultations);
  return { ...columns, status: effectiveStatus() };
}
