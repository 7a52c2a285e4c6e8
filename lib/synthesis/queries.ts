import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { comments, syntheses, synthesisHighlights, users, type Consultation, type Objective } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { publicAuthor } from "@/lib/comments/author";
import { authorColumns } from "@/lib/comments/context";
import type { PublicAuthor } from "@/lib/comments/types";
import type { Stance } from "@/lib/domain-values";
import { versionOf, type SynthesisCommentFilters } from "./schemas";

export interface SynthesisView {
  body: string;
  /** What a save must be based on to be accepted (see versionOf). */
  version: string;
  updatedAt: Date | null;
  updatedByName: string | null;
}

export interface QuotableComment {
  id: string;
  rootId: string;
  body: string;
  locale: string;
  stance: Stance;
  official: boolean;
  createdAt: Date;
  author: PublicAuthor;
}

export interface Highlight extends QuotableComment {
  objectiveId: string;
}

export interface SynthesisWorkspace {
  synthesis: SynthesisView;
  highlights: Highlight[];
  comments: (QuotableComment & { highlighted: boolean })[];
  /** All the comments the filters select; `comments` holds the first COMMENT_LIMIT of them. */
  commentTotal: number;
}

export const COMMENT_LIMIT = 100;

const editor = alias(users, "editor");

/** What a quoted comment shows: its text, stance, date and author (see QuotableComment). */
export const quotableColumns = {
  id: comments.id,
  rootId: comments.rootId,
  body: comments.body,
  locale: comments.locale,
  stance: comments.stance,
  official: comments.official,
  createdAt: comments.createdAt,
  author: authorColumns,
};

const quotable = and(eq(comments.status, "published"), isNull(comments.deletedAt));

/** Syntheses of these objectives, by objective id. For the domain's own callers, which check the policy. */
export async function synthesesOf(objectiveIds: string[]): Promise<Map<string, SynthesisView>> {
  if (objectiveIds.length === 0) return new Map();
  const rows = await getDb()
    .select({ objectiveId: syntheses.objectiveId, body: syntheses.body, updatedAt: syntheses.updatedAt, updatedByName: editor.name })
    .from(syntheses)
    .leftJoin(editor, eq(editor.id, syntheses.updatedBy))
    .where(inArray(syntheses.objectiveId, objectiveIds));
  return new Map(rows.map(({ objectiveId, ...row }) => [objectiveId, { ...row, version: versionOf(row.updatedAt) }]));
}

/**
 * The quotes chosen for these objectives, in their order. A quote whose comment has since been
 * hidden or deleted is left out: the compilation only ever quotes what the public can read.
 */
export async function highlightsOf(objectiveIds: string[]): Promise<Highlight[]> {
  if (objectiveIds.length === 0) return [];
  const rows = await getDb()
    .select({ objectiveId: synthesisHighlights.objectiveId, ...quotableColumns })
    .from(synthesisHighlights)
    .innerJoin(comments, eq(comments.id, synthesisHighlights.commentId))
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(inArray(synthesisHighlights.objectiveId, objectiveIds), quotable))
    .orderBy(asc(synthesisHighlights.position), asc(synthesisHighlights.createdAt));
  return rows.map((row) => ({ ...row, author: publicAuthor(row.author) }));
}

const EMPTY: SynthesisView = { body: "", version: "", updatedAt: null, updatedByName: null };

/** The synthesis page of one objective: its text, its quotes, and the comments to quote from. */
export async function getSynthesisWorkspace(
  actor: Actor,
  consultation: Consultation,
  objective: Objective,
  filters: SynthesisCommentFilters,
): Promise<SynthesisWorkspace> {
  assertCan(actor, "consultation.manage", { consultation });
  const [synthesis, highlights, rows] = await Promise.all([
    synthesesOf([objective.id]),
    highlightsOf([objective.id]),
    getDb()
      .select({
        ...quotableColumns,
        highlighted: sql<boolean>`${synthesisHighlights.commentId} IS NOT NULL`,
        total: sql<number>`(count(*) OVER ())::int`,
      })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .leftJoin(
        synthesisHighlights,
        and(eq(synthesisHighlights.objectiveId, objective.id), eq(synthesisHighlights.commentId, comments.id)),
      )
      .where(
        and(
          eq(comments.objectiveId, objective.id),
          quotable,
          filters.group ? eq(users.stakeholderGroup, filters.group) : undefined,
          filters.official ? eq(comments.official, true) : undefined,
        ),
      )
      .orderBy(desc(comments.official), asc(comments.createdAt), asc(comments.id))
      .limit(COMMENT_LIMIT),
  ]);
  return {
    synthesis: synthesis.get(objective.id) ?? EMPTY,
    highlights,
    comments: rows.map(({ total: _total, ...row }) => ({ ...row, author: publicAuthor(row.author) })),
    commentTotal: rows[0]?.total ?? 0,
  };
}
