import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, objectives, users, type Consultation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { Stance } from "@/lib/domain-values";
import { NotFoundError } from "@/lib/errors";
import { publicAuthor } from "./author";
import { authorColumns } from "./context";
import type { PublicAuthor } from "./types";

export const SEARCH_PAGE_SIZE = 20;
/** Marks the matched words in a snippet: control characters no comment can contain as markup. */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";
const SHIELDED_BRACKETS = "\ue000\ue001";

export interface SearchHit {
  id: string;
  rootId: string;
  objectiveNumber: number;
  objectiveTitle: string;
  /** Plain text with matches between MATCH_START and MATCH_END; render it as text, never as HTML. */
  snippet: string;
  stance: Stance;
  locale: string;
  official: boolean;
  createdAt: Date;
  author: PublicAuthor;
}

/**
 * Full-text search over a consultation's published comments. The 'simple' configuration neither
 * stems nor drops stop words, so a query matches in all six languages alike; websearch syntax gives
 * "quoted phrases", OR and -exclusions.
 */
export async function searchComments(
  actor: Actor,
  consultation: Consultation,
  q: string,
  page = 1,
): Promise<{ hits: SearchHit[]; total: number; page: number; pageCount: number }> {
  if (!can(actor, "consultation.read", { consultation })) throw new NotFoundError();
  const text = q.trim().slice(0, 200);
  if (!text) return { hits: [], total: 0, page: 1, pageCount: 0 };
  const query = sql`websearch_to_tsquery('simple'::regconfig, ${text})`;
  const where = and(
    eq(comments.consultationId, consultation.id),
    eq(comments.status, "published"),
    isNull(comments.deletedAt),
    sql`${comments.search} @@ ${query}`,
  );
  const db = getDb();
  const [[{ total }], rows] = await Promise.all([
    db.select({ total: sql<number>`count(*)::int` }).from(comments).where(where),
    db
      .select({
        id: comments.id,
        rootId: comments.rootId,
        objectiveNumber: objectives.number,
        objectiveTitle: objectives.shortTitle,
        // ts_headline would parse "<...>" in the text as markup and drop it: shield the brackets.
        snippet: sql<string>`ts_headline('simple'::regconfig,
          translate(${comments.body}, '<>', ${SHIELDED_BRACKETS}), ${query},
          ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`})`,
        stance: comments.stance,
        locale: comments.locale,
        official: comments.official,
        createdAt: comments.createdAt,
        author: authorColumns,
      })
      .from(comments)
      .innerJoin(objectives, eq(objectives.id, comments.objectiveId))
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(where)
      .orderBy(desc(sql`ts_rank(${comments.search}, ${query})`), desc(comments.createdAt), desc(comments.id))
      .limit(SEARCH_PAGE_SIZE)
      .offset((Math.max(1, page) - 1) * SEARCH_PAGE_SIZE),
  ]);
  return {
    hits: rows.map((row) => ({
      ...row,
      snippet: row.snippet.replaceAll(SHIELDED_BRACKETS[0], "<").replaceAll(SHIELDED_BRACKETS[1], ">"),
      author: publicAuthor(row.author),
    })),
    total,
    page: Math.max(1, page),
    pageCount: Math.ceil(total / SEARCH_PAGE_SIZE),
  };
}
