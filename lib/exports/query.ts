import "server-only";
import { and, asc, count, eq, gte, inArray, isNotNull, isNull, lt, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, objectives, users, type Consultation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { authorColumns, commentColumns } from "@/lib/comments/context";
import { getConsultation } from "@/lib/consultations/queries";
import type { CommentStatus, ModerationAction } from "@/lib/domain-values";
import { COMMENT_STATUSES } from "@/lib/domain-values";
import { DomainError } from "@/lib/errors";
import { csvLines } from "./csv-lines";
import { batchRanges, inRange, readAhead, type Range } from "./ranges";
import { sheetRows, type SheetRows } from "./sheet-rows";
import { tagLabels } from "./tag-labels";
import type { ExportFilters, ExportStatus } from "./filters";
import { objectivesUrl, publicCommentFields, type ExportRow } from "./rows";

export interface ExportObjective {
  id: string;
  number: number;
  shortTitle: string;
  title: string;
  /** Comments of this objective in the export. */
  count: number;
}

export type StatusCounts = Record<CommentStatus | "deleted", number>;

export interface ExportOverview {
  consultation: { slug: string; title: string; status: Consultation["status"] };
  generatedAt: Date;
  filters: ExportFilters;
  /** Comments in the export. */
  total: number;
  /**
   * Comments matching every filter but the status one, by status (deleted ones counted apart), so
   * a file says what its status filter left out.
   */
  byStatus: StatusCounts;
  /** The objectives the export covers, in their display order. */
  objectives: ExportObjective[];
}

export interface PreparedExport {
  overview: ExportOverview;
  /** The rows, objective by objective, oldest first, one batch per query; nothing is read before it is asked for. */
  batches(): AsyncGenerator<ExportRow[]>;
  /** The same rows as CSV lines written by the database, one batch per query, in the same order (UTF-8 bytes on PostgreSQL, text on PGlite). */
  csvBatches(): AsyncGenerator<string | Uint8Array>;
  /** The same rows as XLSX sheet rows written by the database from the same values, dates in the given style. */
  sheetRowBatches(dateStyle: number): AsyncGenerator<SheetRows>;
}

function dayStart(day: string, plusDays = 0): Date {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date;
}

/** Every filter but the status and the objective. */
function commonConditions(consultationId: string, filters: ExportFilters): SQL[] {
  const conditions = [eq(comments.consultationId, consultationId)];
  if (filters.group) conditions.push(eq(users.stakeholderGroup, filters.group));
  if (filters.from) conditions.push(gte(comments.createdAt, dayStart(filters.from)));
  if (filters.to) conditions.push(lt(comments.createdAt, dayStart(filters.to, 1)));
  return conditions;
}

function statusCondition(status: ExportStatus): SQL | undefined {
  switch (status) {
    case "all":
      return undefined;
    case "deleted":
      return isNotNull(comments.deletedAt);
    default:
      return and(eq(comments.status, status), isNull(comments.deletedAt));
  }
}

function matchesStatus(status: ExportStatus, row: { status: CommentStatus; deleted: boolean }): boolean {
  if (status === "all") return true;
  if (status === "deleted") return row.deleted;
  return !row.deleted && row.status === status;
}

async function loadOverview(consultation: Consultation, filters: ExportFilters): Promise<ExportOverview> {
  const db = getDb();
  const objectiveRows = await db
    .select({ id: objectives.id, number: objectives.number, shortTitle: objectives.shortTitle, title: objectives.title })
    .from(objectives)
    .where(eq(objectives.consultationId, consultation.id))
    .orderBy(asc(objectives.position), asc(objectives.number));
  const chosen = filters.objective === undefined ? objectiveRows : objectiveRows.filter((o) => o.number === filters.objective);
  if (chosen.length === 0 && filters.objective !== undefined) throw new DomainError("exportObjectiveUnknown", "objective");

  const conditions = commonConditions(consultation.id, filters);
  if (filters.objective !== undefined) conditions.push(inArray(comments.objectiveId, chosen.map((o) => o.id)));
  const groups = await db
    .select({
      objectiveId: comments.objectiveId,
      status: comments.status,
      deleted: sql<boolean>`${comments.deletedAt} IS NOT NULL`,
      n: count(),
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(...conditions))
    .groupBy(comments.objectiveId, comments.status, sql`${comments.deletedAt} IS NOT NULL`);

  const byStatus = Object.fromEntries([...COMMENT_STATUSES, "deleted"].map((s) => [s, 0])) as StatusCounts;
  const perObjective = new Map<string, number>();
  for (const group of groups) {
    byStatus[group.deleted ? "deleted" : group.status] += group.n;
    if (matchesStatus(filters.status, group)) perObjective.set(group.objectiveId, (perObjective.get(group.objectiveId) ?? 0) + group.n);
  }
  const covered = chosen.map((o) => ({ ...o, count: perObjective.get(o.id) ?? 0 }));
  return {
    consultation: { slug: consultation.slug, title: consultation.title, status: consultation.status },
    generatedAt: new Date(),
    filters,
    total: covered.reduce((sum, o) => sum + o.count, 0),
    byStatus,
    objectives: covered,
  };
}

function selectBatch() {
  return getDb()
    .select({
      ...commentColumns,
      status: comments.status,
      deletedAt: comments.deletedAt,
      flagCount: comments.flagCount,
      tags: tagLabels,
      moderation: sql<{ action: ModerationAction; reasonCode: string | null; reasonText: string; moderator: string | null; at: string } | null>`(
        SELECT json_build_object('action', d.action, 'reasonCode', d.reason_code, 'reasonText', d.reason_text,
          'moderator', m.name, 'at', d.created_at)
        FROM moderation_decisions d LEFT JOIN users m ON m.id = d.actor_id
        WHERE d.comment_id = ${comments}.id ORDER BY d.created_at DESC, d.id DESC LIMIT 1)`,
      author: authorColumns,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId));
}

/**
 * An export of a consultation's comments, after checking the actor may export it. The counts come
 * from one aggregate query up front; the rows are read in batches of EXPORT_BATCH_SIZE (ranges.ts)
 * as the consumer asks for them, the next batch while the current one is written, so an export of
 * any size streams in bounded memory on PostgreSQL and PGlite alike.
 */
export async function prepareExport(
  actor: Actor,
  slug: string,
  filters: ExportFilters,
  links: { base: string; locale: string },
): Promise<PreparedExport> {
  const consultation = await getConsultation(actor, slug);
  assertCan(actor, "consultation.export", { consultation });
  const overview = await loadOverview(consultation, filters);
  const conditions = commonConditions(consultation.id, filters);
  const status = statusCondition(filters.status);
  if (status) conditions.push(status);

  const permalinkOf = { ...links, slug: consultation.slug };
  const byId = new Map(overview.objectives.map((objective) => [objective.id, objective]));
  const ranges = () => batchRanges([...byId.keys()], conditions);

  async function rowsIn(range: Range): Promise<ExportRow[]> {
    const objective = byId.get(range.objectiveId)!;
    const rows = await selectBatch()
      .where(and(inRange(range), ...conditions))
      .orderBy(asc(comments.createdAt), asc(comments.id));
    return rows.map((row) => ({
      ...publicCommentFields(row, objective, permalinkOf),
      body: row.deletedAt ? null : row.body,
      status: row.status,
      deletedAt: row.deletedAt,
      moderation: row.moderation && { ...row.moderation, at: new Date(row.moderation.at) },
      flagCount: row.flagCount,
    }));
  }

  async function* batches(): AsyncGenerator<ExportRow[]> {
    for await (const rows of readAhead(await ranges(), rowsIn)) if (rows.length > 0) yield rows;
  }

  /** What `read` makes of each range's comments, in order, read ahead; empty ranges (null) are skipped. */
  async function* computedByRange<T>(read: (where: SQL, permalinkStart: string) => Promise<T | null>) {
    const prefix = objectivesUrl(links.base, links.locale, consultation.slug);
    for await (const batch of readAhead(await ranges(), (range) => read(and(inRange(range), ...conditions)!, prefix))) {
      if (batch) yield batch;
    }
  }

  const csvBatches = () => computedByRange(csvLines);
  const sheetRowBatches = (dateStyle: number) => computedByRange((where, prefix) => sheetRows(where, prefix, dateStyle));

  return { overview, batches, csvBatches, sheetRowBatches };
}
