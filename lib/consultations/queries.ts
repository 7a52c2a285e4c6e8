import "server-only";
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, consultations, objectives, tags, users, type Consultation, type Objective } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can, decide } from "@/lib/auth/policy";
import type { StakeholderGroup } from "@/lib/domain-values";
import { NotFoundError } from "@/lib/errors";
import { consultationColumns, effectiveStatus } from "./status";

/** Counted everywhere a comment total is shown: published and not deleted. */
const visibleComment = and(eq(comments.status, "published"), isNull(comments.deletedAt));

export type ConsultationSummary = Pick<
  Consultation,
  "id" | "slug" | "title" | "summary" | "status" | "opensAt" | "closesAt" | "scope"
> & { objectiveCount: number; commentCount: number };

export async function listConsultations(actor: Actor): Promise<ConsultationSummary[]> {
  const rows = await getDb()
    .select({
      id: consultations.id,
      slug: consultations.slug,
      title: consultations.title,
      summary: consultations.summary,
      status: effectiveStatus(),
      opensAt: consultations.opensAt,
      closesAt: consultations.closesAt,
      scope: consultations.scope,
      allowedGroups: consultations.allowedGroups,
      objectiveCount: sql<number>`(SELECT count(*)::int FROM ${objectives} o WHERE o.consultation_id = ${consultations}.id)`,
      commentCount: sql<number>`(SELECT count(*)::int FROM ${comments} c
        WHERE c.consultation_id = ${consultations}.id AND c.status = 'published' AND c.deleted_at IS NULL)`,
    })
    .from(consultations)
    .orderBy(sql`CASE ${effectiveStatus()} WHEN 'open' THEN 0 WHEN 'draft' THEN 1 WHEN 'closed' THEN 2 ELSE 3 END`, asc(consultations.title));
  return rows
    .filter((c) => can(actor, "consultation.read", { consultation: c }))
    .map(({ allowedGroups: _allowedGroups, ...summary }) => summary);
}

/**
 * The consultation with its effective status (see status.ts), or NotFoundError when it does not
 * exist or the actor may not see it (drafts).
 */
export async function getConsultation(actor: Actor, slug: string): Promise<Consultation> {
  const [consultation] = await getDb().select(consultationColumns()).from(consultations).where(eq(consultations.slug, slug));
  if (!consultation || !decide(actor, "consultation.read", { consultation }).ok) throw new NotFoundError();
  return consultation;
}

export type ObjectiveSummary = Pick<Objective, "id" | "number" | "shortTitle" | "title"> & {
  commentCount: number;
  /** Published comments by the author's stakeholder group. */
  byGroup: Partial<Record<StakeholderGroup, number>>;
};

export async function listObjectives(actor: Actor, consultation: Consultation): Promise<ObjectiveSummary[]> {
  if (!can(actor, "consultation.read", { consultation })) throw new NotFoundError();
  return getDb()
    .select({
      id: objectives.id,
      number: objectives.number,
      shortTitle: objectives.shortTitle,
      title: objectives.title,
      commentCount: count(comments.id),
      byGroup: sql<Partial<Record<StakeholderGroup, number>>>`coalesce(
        (SELECT json_object_agg(g.stakeholder_group, g.n) FROM (
          SELECT u.stakeholder_group, count(*)::int AS n FROM ${comments} c JOIN ${users} u ON u.id = c.author_id
          WHERE c.objective_id = ${objectives}.id AND c.status = 'published' AND c.deleted_at IS NULL
          GROUP BY u.stakeholder_group) g), '{}'::json)`,
    })
    .from(objectives)
    .leftJoin(comments, and(eq(comments.objectiveId, objectives.id), visibleComment))
    .where(eq(objectives.consultationId, consultation.id))
    .groupBy(objectives.id)
    .orderBy(asc(objectives.position), asc(objectives.number));
}

type Neighbour = Pick<Objective, "number" | "shortTitle">;

/** An objective by its public number, with the objectives before and after it for navigation. */
export async function getObjective(
  actor: Actor,
  consultation: Consultation,
  number: number,
): Promise<{ objective: Objective; previous?: Neighbour; next?: Neighbour }> {
  if (!can(actor, "consultation.read", { consultation }) || !Number.isSafeInteger(number)) throw new NotFoundError();
  const rows = await getDb()
    .select()
    .from(objectives)
    .where(eq(objectives.consultationId, consultation.id))
    .orderBy(asc(objectives.position), asc(objectives.number));
  const index = rows.findIndex((r) => r.number === number);
  if (index === -1) throw new NotFoundError();
  return { objective: rows[index], previous: rows[index - 1], next: rows[index + 1] };
}

/** The consultation's guiding principles, for tagging comments and filtering threads. */
export async function listPrinciples(actor: Actor, consultation: Consultation): Promise<{ key: string; label: string }[]> {
  if (!can(actor, "consultation.read", { consultation })) throw new NotFoundError();
  return getDb()
    .select({ key: tags.key, label: tags.label })
    .from(tags)
    .where(and(eq(tags.consultationId, consultation.id), eq(tags.kind, "principle")))
    .orderBy(asc(tags.position));
}
