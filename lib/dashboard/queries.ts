import "server-only";
import { and, asc, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, objectives, users, type Consultation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { publicAuthor } from "@/lib/comments/author";
import { authorColumns } from "@/lib/comments/context";
import type { PublicAuthor } from "@/lib/comments/types";
import type { StakeholderGroup, Stance } from "@/lib/domain-values";
import { regionOf, REGIONS, type Region } from "@/lib/geo/countries";
import { activitySeries, type ActivitySeries } from "./activity";
import type { DashboardFilters } from "./filters";

export interface DashboardTotals {
  comments: number;
  /** Distinct authors. */
  participants: number;
  /** Distinct organization names (case and spaces ignored); individuals without one are not counted. */
  organizations: number;
  countries: number;
  /** Countries with at least one official position (a verified Member State's comment). */
  officialStates: number;
}

export interface ObjectiveBreakdown {
  id: string;
  number: number;
  shortTitle: string;
  total: number;
  byGroup: Partial<Record<StakeholderGroup, number>>;
  byStance: Partial<Record<Stance, number>>;
}

export interface RegionCount {
  region: Region | "unknown";
  comments: number;
  participants: number;
}

export interface EndorsedComment {
  id: string;
  rootId: string;
  objectiveNumber: number;
  body: string;
  endorsementCount: number;
  author: PublicAuthor;
}

export interface Dashboard {
  totals: DashboardTotals;
  objectives: ObjectiveBreakdown[];
  regions: RegionCount[];
  activity: ActivitySeries;
  mostEndorsed: EndorsedComment[];
}

const MOST_ENDORSED = 10;

function nextDay(day: string): Date {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

/** The comments a dashboard counts: the consultation's, within the date range, in the chosen statuses. */
export function commentScope(consultationId: string, filters: DashboardFilters): SQL {
  const statuses = filters.status.filter((s) => s !== "deleted");
  const kept = statuses.length > 0 ? and(inArray(comments.status, statuses), isNull(comments.deletedAt)) : undefined;
  const deleted = filters.status.includes("deleted") ? isNotNull(comments.deletedAt) : undefined;
  return and(
    eq(comments.consultationId, consultationId),
    or(kept, deleted) ?? sql`false`,
    filters.from ? gte(comments.createdAt, new Date(`${filters.from}T00:00:00Z`)) : undefined,
    filters.to ? lt(comments.createdAt, nextDay(filters.to)) : undefined,
  )!;
}

/**
 * Counts per objective by stakeholder group and by stance, in one pass over the comments (two
 * grouping sets), with every objective of the consultation present even without comments.
 */
export async function objectiveBreakdown(consultationId: string, scope: SQL): Promise<ObjectiveBreakdown[]> {
  const db = getDb();
  const [rows, cells] = await Promise.all([
    db
      .select({ id: objectives.id, number: objectives.number, shortTitle: objectives.shortTitle })
      .from(objectives)
      .where(eq(objectives.consultationId, consultationId))
      .orderBy(asc(objectives.position), asc(objectives.number)),
    db
      .select({
        objectiveId: comments.objectiveId,
        group: sql<StakeholderGroup | null>`${users.stakeholderGroup}`,
        stance: sql<Stance | null>`${comments.stance}`,
        count: sql<number>`count(*)::int`,
      })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(scope)
      .groupBy(
        sql`GROUPING SETS ((${comments.objectiveId}, ${users.stakeholderGroup}), (${comments.objectiveId}, ${comments.stance}))`,
      ),
  ]);
  const byId = new Map(rows.map((o) => [o.id, { ...o, total: 0, byGroup: {}, byStance: {} } as ObjectiveBreakdown]));
  for (const cell of cells) {
    const objective = byId.get(cell.objectiveId);
    if (!objective) continue;
    if (cell.group) {
      objective.byGroup[cell.group] = cell.count;
      objective.total += cell.count;
    } else if (cell.stance) {
      objective.byStance[cell.stance] = cell.count;
    }
  }
  return [...byId.values()];
}

/** Comments and participants per UN region (from the author's country). */
export async function regionCounts(scope: SQL): Promise<RegionCount[]> {
  const rows = await getDb()
    .select({
      country: users.country,
      comments: sql<number>`count(*)::int`,
      participants: sql<number>`count(DISTINCT ${comments.authorId})::int`,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(scope)
    .groupBy(users.country);
  const regions = new Map<RegionCount["region"], RegionCount>(
    [...REGIONS, "unknown" as const].map((region) => [region, { region, comments: 0, participants: 0 }]),
  );
  for (const row of rows) {
    // A person has one country, so participants add up across countries without double counting.
    const entry = regions.get(regionOf(row.country) ?? "unknown")!;
    entry.comments += row.comments;
    entry.participants += row.participants;
  }
  return [...regions.values()].filter((r) => r.region !== "unknown" || r.comments > 0);
}

export async function countTotals(scope: SQL): Promise<DashboardTotals> {
  const [row] = await getDb()
    .select({
      comments: sql<number>`count(*)::int`,
      participants: sql<number>`count(DISTINCT ${comments.authorId})::int`,
      organizations: sql<number>`count(DISTINCT nullif(lower(btrim(${users.organization})), ''))::int`,
      countries: sql<number>`count(DISTINCT ${users.country})::int`,
      officialStates: sql<number>`(count(DISTINCT ${users.country}) FILTER (WHERE ${comments.official}))::int`,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(scope);
  return row;
}

async function commentsPerDay(scope: SQL): Promise<{ day: string; count: number }[]> {
  const day = sql<string>`to_char(${comments.createdAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
  return getDb()
    .select({ day, count: sql<number>`count(*)::int` })
    .from(comments)
    .where(scope)
    .groupBy(day)
    .orderBy(day);
}

async function mostEndorsed(scope: SQL): Promise<EndorsedComment[]> {
  const rows = await getDb()
    .select({
      id: comments.id,
      rootId: comments.rootId,
      objectiveNumber: objectives.number,
      body: comments.body,
      endorsementCount: comments.endorsementCount,
      author: authorColumns,
    })
    .from(comments)
    .innerJoin(objectives, eq(objectives.id, comments.objectiveId))
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(scope, gt(comments.endorsementCount, 0)))
    .orderBy(desc(comments.endorsementCount), asc(comments.createdAt), asc(comments.id))
    .limit(MOST_ENDORSED);
  return rows.map((row) => ({ ...row, author: publicAuthor(row.author) }));
}

/**
 * Everything the secretariat's dashboard shows, for the comments the filters select: a fixed number
 * of aggregate queries whatever the number of objectives or comments.
 */
export async function getDashboard(actor: Actor, consultation: Consultation, filters: DashboardFilters): Promise<Dashboard> {
  assertCan(actor, "dashboard.view", { consultation });
  const scope = commentScope(consultation.id, filters);
  const [sums, breakdown, regions, days, endorsed] = await Promise.all([
    countTotals(scope),
    objectiveBreakdown(consultation.id, scope),
    regionCounts(scope),
    commentsPerDay(scope),
    mostEndorsed(scope),
  ]);
  return {
    totals: sums,
    objectives: breakdown,
    regions,
    activity: activitySeries(days, filters),
    mostEndorsed: endorsed,
  };
}
