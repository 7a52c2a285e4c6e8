import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, objectives, users, type Consultation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { publicAuthor } from "@/lib/comments/author";
import type { StakeholderGroup, Stance } from "@/lib/domain-values";
import { commentScope, countTotals, regionCounts, type DashboardTotals, type RegionCount } from "@/lib/dashboard/queries";
import { highlightsOf, quotableColumns, synthesesOf, type Highlight, type QuotableComment } from "@/lib/synthesis/queries";

export interface GroupCount {
  group: StakeholderGroup;
  comments: number;
  participants: number;
}

export interface CompilationObjective {
  id: string;
  number: number;
  title: string;
  total: number;
  /** Comments by the author's group, then by stance; only groups that commented. */
  byGroupStance: { group: StakeholderGroup; byStance: Partial<Record<Stance, number>>; total: number }[];
  synthesis: string;
  quotes: Highlight[];
  /** Verified Member States' comments, listed apart from the quotes. */
  officialPositions: QuotableComment[];
  /** Every published comment, when the annex was asked for. */
  annex: QuotableComment[];
}

export interface Compilation {
  consultation: Pick<Consultation, "title" | "slug" | "summary" | "opensAt" | "closesAt">;
  generatedAt: Date;
  totals: DashboardTotals;
  byGroup: GroupCount[];
  byRegion: RegionCount[];
  objectives: CompilationObjective[];
  withAnnex: boolean;
}

/** Only what the public can read goes into a compilation. */
const PUBLISHED = { status: ["published" as const] };

/**
 * The "Compilation of stakeholder input" of a consultation, as the HTML print view and the DOCX
 * both render it. A fixed number of queries whatever the number of objectives.
 */
export async function getCompilation(actor: Actor, consultation: Consultation, options: { annex: boolean }): Promise<Compilation> {
  assertCan(actor, "consultation.export", { consultation });
  const db = getDb();
  const scope = commentScope(consultation.id, PUBLISHED);
  const [objectiveRows, totals, byRegion, byGroup, cells, published] = await Promise.all([
    db
      .select({ id: objectives.id, number: objectives.number, title: objectives.title })
      .from(objectives)
      .where(eq(objectives.consultationId, consultation.id))
      .orderBy(asc(objectives.position), asc(objectives.number)),
    countTotals(scope),
    regionCounts(scope),
    db
      .select({
        group: users.stakeholderGroup,
        comments: sql<number>`count(*)::int`,
        participants: sql<number>`count(DISTINCT ${comments.authorId})::int`,
      })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(scope)
      .groupBy(users.stakeholderGroup)
      .orderBy(sql`count(*) DESC`, users.stakeholderGroup),
    db
      .select({ objectiveId: comments.objectiveId, group: users.stakeholderGroup, stance: comments.stance, count: sql<number>`count(*)::int` })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(scope)
      .groupBy(comments.objectiveId, users.stakeholderGroup, comments.stance),
    db
      .select({ objectiveId: comments.objectiveId, ...quotableColumns })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(
        and(
          eq(comments.consultationId, consultation.id),
          eq(comments.status, "published"),
          isNull(comments.deletedAt),
          options.annex ? undefined : eq(comments.official, true),
        ),
      )
      .orderBy(asc(comments.createdAt), asc(comments.id)),
  ]);
  const ids = objectiveRows.map((o) => o.id);
  const [syntheses, highlights] = await Promise.all([synthesesOf(ids), highlightsOf(ids)]);
  const publishedComments = published.map(({ objectiveId, ...row }) => ({ objectiveId, ...row, author: publicAuthor(row.author) }));

  return {
    consultation,
    generatedAt: new Date(),
    totals,
    byGroup,
    byRegion,
    withAnnex: options.annex,
    objectives: objectiveRows.map((objective) => {
      const groups = new Map<StakeholderGroup, CompilationObjective["byGroupStance"][number]>();
      for (const cell of cells.filter((c) => c.objectiveId === objective.id)) {
        const entry = groups.get(cell.group) ?? { group: cell.group, byStance: {}, total: 0 };
        entry.byStance[cell.stance] = cell.count;
        entry.total += cell.count;
        groups.set(cell.group, entry);
      }
      const own = publishedComments.filter((c) => c.objectiveId === objective.id);
      return {
        ...objective,
        total: [...groups.values()].reduce((sum, g) => sum + g.total, 0),
        byGroupStance: [...groups.values()].sort((a, b) => b.total - a.total || a.group.localeCompare(b.group)),
        synthesis: syntheses.get(objective.id)?.body ?? "",
        quotes: highlights.filter((h) => h.objectiveId === objective.id),
        officialPositions: own.filter((c) => c.official),
        annex: options.annex ? own : [],
      };
    }),
  };
}
