import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, objectives, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorColumns, commentColumns, cursorTime } from "@/lib/comments/context";
import { getConsultation } from "@/lib/consultations/queries";
import { DomainError } from "@/lib/errors";
import { tagLabels } from "./tag-labels";
import { publicCommentFields, type PublicCommentFields } from "./rows";

export const OPEN_DATA_SCHEMA = "consultation-hub/open-data/v1";
export const OPEN_DATA_DEFAULT_LIMIT = 100;
export const OPEN_DATA_MAX_LIMIT = 500;

/** A published comment as anyone may read it: what the site shows, nothing about moderation or flags. */
export type OpenDataComment = PublicCommentFields & { body: string };

export interface OpenDataPage {
  schema: typeof OPEN_DATA_SCHEMA;
  consultation: { slug: string; title: string; status: string };
  comments: OpenDataComment[];
  /** Pass as ?cursor= for the next page; null on the last page. */
  nextCursor: string | null;
}

interface Cursor {
  time: string;
  id: string;
}

export interface OpenDataQuery {
  cursor?: Cursor;
  limit: number;
}

function decodeCursor(value: string): Cursor {
  try {
    const [time, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown[];
    if (typeof time === "string" && typeof id === "string" && !Number.isNaN(Date.parse(time)) && /^[0-9a-f-]{36}$/.test(id)) {
      return { time, id };
    }
  } catch {
    // Falls through to the refusal: a cursor is only ever one this endpoint gave out.
  }
  throw new DomainError("openDataCursorInvalid", "cursor");
}

export function parseOpenDataQuery(params: URLSearchParams): OpenDataQuery {
  const cursor = params.get("cursor") || undefined;
  const limitText = params.get("limit") || undefined;
  const limit = limitText === undefined ? OPEN_DATA_DEFAULT_LIMIT : Number(limitText);
  if (!/^\d{1,3}$/.test(limitText ?? "1") || limit < 1 || limit > OPEN_DATA_MAX_LIMIT) {
    throw new DomainError("openDataLimitInvalid", "limit");
  }
  return { cursor: cursor === undefined ? undefined : decodeCursor(cursor), limit };
}

/**
 * One page of a consultation's published, not deleted comments, oldest first, by keyset on
 * (created_at, id): pages never skip or repeat a comment, even while new ones are posted. Open to
 * anyone for a consultation that is not a draft; authors appear as their publication preference
 * allows, and nothing else of theirs (never an email address) is read.
 */
export async function openDataPage(
  actor: Actor,
  slug: string,
  query: OpenDataQuery,
  links: { base: string; locale: string },
): Promise<OpenDataPage> {
  const consultation = await getConsultation(actor, slug);
  const { cursor, limit } = query;
  const rows = await getDb()
    .select({
      ...commentColumns,
      cursorTime,
      tags: tagLabels,
      objective: { number: objectives.number, title: objectives.title },
      author: authorColumns,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .innerJoin(objectives, eq(objectives.id, comments.objectiveId))
    .where(
      and(
        eq(comments.consultationId, consultation.id),
        eq(comments.status, "published"),
        isNull(comments.deletedAt),
        cursor && sql`(${comments.createdAt}, ${comments.id}) > (${cursor.time}::timestamptz, ${cursor.id}::uuid)`,
      ),
    )
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(limit + 1);

  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    schema: OPEN_DATA_SCHEMA,
    consultation: { slug: consultation.slug, title: consultation.title, status: consultation.status },
    comments: page.map((row) => ({
      ...publicCommentFields(row, row.objective, { ...links, slug: consultation.slug }),
      body: row.body,
    })),
    nextCursor: rows.length > limit ? Buffer.from(JSON.stringify([last.cursorTime, last.id])).toString("base64url") : null,
  };
}
