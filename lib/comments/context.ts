import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { prepared } from "@/db/prepared";
import { comments, consultations, objectives, users } from "@/db/schema";
import type { CommentRef, ConsultationRef } from "@/lib/auth/policy";
import { effectiveStatus } from "@/lib/consultations/status";
import { NotFoundError } from "@/lib/errors";

/** The author fields publicAuthor() needs, for any query joining users. */
export const authorColumns = {
  id: users.id,
  name: users.name,
  organization: users.organization,
  pseudonym: users.pseudonym,
  publicationPreference: users.publicationPreference,
  stakeholderGroup: users.stakeholderGroup,
  country: users.country,
  affiliationStatus: users.affiliationStatus,
};

/** The columns of a comment that every listing of comments (threads, exports, open data) reads. */
export const commentColumns = {
  id: comments.id,
  parentId: comments.parentId,
  rootId: comments.rootId,
  depth: comments.depth,
  body: comments.body,
  locale: comments.locale,
  stance: comments.stance,
  official: comments.official,
  createdAt: comments.createdAt,
  editedAt: comments.editedAt,
  endorsementCount: comments.endorsementCount,
  endorsementsByGroup: comments.endorsementsByGroup,
};

/**
 * A comment's creation time as keyset pages compare it, to the microsecond: a JavaScript Date would
 * lose the microseconds and make the keyset skip rows.
 */
export const cursorTime = sql<string>`to_char(${comments.createdAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const consultationColumns = {
  id: consultations.id,
  slug: consultations.slug,
  status: effectiveStatus(),
  allowedGroups: consultations.allowedGroups,
  moderationMode: consultations.moderationMode,
  languages: consultations.languages,
  autoHideThreshold: consultations.autoHideThreshold,
};

export type ConsultationContext = ConsultationRef & {
  slug: string;
  moderationMode: "pre" | "post";
  languages: string[];
  autoHideThreshold: number;
};

const objectiveContext = prepared("objective_context", (db: Database) =>
  db
    .select({ consultation: consultationColumns })
    .from(objectives)
    .innerJoin(consultations, eq(consultations.id, objectives.consultationId))
    .where(eq(objectives.id, sql.placeholder("objectiveId"))),
);

/** The consultation of an objective, as the policy and the writes need it. */
export async function loadObjectiveContext(db: Database, objectiveId: string) {
  const [row] = await objectiveContext(db, { objectiveId });
  if (!row) throw new NotFoundError();
  return row as { consultation: ConsultationContext };
}

const commentContext = prepared("comment_context", (db: Database) =>
  db
    .select({ comment: comments, consultation: consultationColumns })
    .from(comments)
    .innerJoin(consultations, eq(consultations.id, comments.consultationId))
    .where(eq(comments.id, sql.placeholder("commentId"))),
);

/** A comment with its consultation; `ref` is the comment as the policy sees it. */
export async function loadCommentContext(db: Database, commentId: string) {
  const [row] = await commentContext(db, { commentId });
  if (!row) throw new NotFoundError();
  const ref: CommentRef = {
    authorId: row.comment.authorId,
    status: row.comment.status,
    depth: row.comment.depth,
    deleted: row.comment.deletedAt !== null,
  };
  return { comment: row.comment, consultation: row.consultation as ConsultationContext, ref };
}
