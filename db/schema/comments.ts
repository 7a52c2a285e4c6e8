import { sql, type SQL } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { consultations, objectives, tags } from "./consultations";
import { commentStatus, flagReason, stakeholderGroup, stance } from "./enums";
import { users } from "./users";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    objectiveId: uuid("objective_id")
      .notNull()
      .references(() => objectives.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id"),
    /** The thread's top-level comment; a top-level comment is its own root. */
    rootId: uuid("root_id").notNull(),
    depth: smallint("depth").notNull().default(0),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    body: text("body").notNull(),
    /** The language the comment is written in. */
    locale: text("locale").notNull(),
    stance: stance("stance").notNull(),
    status: commentStatus("status").notNull(),
    /** Written by a verified Member State account: an official position. */
    official: boolean("official").notNull().default(false),
    /** Client-generated per submission so a retried or double-clicked post creates one comment. */
    idempotencyKey: text("idempotency_key"),
    replyCount: integer("reply_count").notNull().default(0),
    endorsementCount: integer("endorsement_count").notNull().default(0),
    /** Endorsements per stakeholder group, kept in the endorsement's transaction: {"civil_society": 3}. */
    endorsementsByGroup: jsonb("endorsements_by_group").$type<Record<string, number>>().notNull().default({}),
    flagCount: integer("flag_count").notNull().default(0),
    reviewedBy: uuid("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** 'simple' configuration: no stemming or stop words, so all six languages match. */
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs((): SQL => sql`to_tsvector('simple'::regconfig, ${comments.body})`),
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id], name: "comments_parent_fk" }),
    foreignKey({ columns: [t.rootId], foreignColumns: [t.id], name: "comments_root_fk" }),
    check("comments_depth_range", sql`${t.depth} BETWEEN 0 AND 3`),
    check("comments_parent_matches_depth", sql`(${t.parentId} IS NULL) = (${t.depth} = 0)`),
    check("comments_root_is_self_at_top", sql`${t.depth} > 0 OR ${t.rootId} = ${t.id}`),
    check("comments_counters_non_negative", sql`${t.replyCount} >= 0 AND ${t.endorsementCount} >= 0 AND ${t.flagCount} >= 0`),
    uniqueIndex("comments_author_idempotency_key").on(t.authorId, t.idempotencyKey),
    // A thread's first page reads its top-level comments in the sort's order and stops after one page.
    index("comments_objective_roots_idx").on(t.objectiveId, t.createdAt, t.id).where(sql`${t.depth} = 0`),
    index("comments_objective_roots_endorsed_idx").on(t.objectiveId, t.endorsementCount, t.createdAt, t.id).where(sql`${t.depth} = 0`),
    // Exports read each objective's comments in (created_at, id) batches.
    index("comments_objective_created_idx").on(t.objectiveId, t.createdAt, t.id),
    // The moderation workspace's Flagged queue, most flagged first. The status is in the predicate as
    // the queue filters it, so the queue's count reads the index alone, and the columns sort as the
    // queue's ORDER BY (DESC, so NULLS FIRST) does: the planner walks the index in order and stops
    // after a page, instead of joining every flagged comment and sorting them.
    index("comments_flagged_queue_idx")
      .on(t.consultationId, t.flagCount.desc().nullsFirst(), t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.flagCount} > 0 AND ${t.deletedAt} IS NULL AND ${t.status} IN ('published', 'hidden')`),
    // The Recent tab's count (published, not reviewed) on every workspace page, and its list when
    // reviewed comments are left out: without it, counting scanned every comment of the consultation.
    index("comments_unreviewed_idx")
      .on(t.consultationId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published' AND ${t.reviewedAt} IS NULL AND ${t.deletedAt} IS NULL`),
    index("comments_root_idx").on(t.rootId, t.createdAt),
    index("comments_parent_idx").on(t.parentId),
    index("comments_author_idx").on(t.authorId, t.createdAt),
    index("comments_consultation_status_idx").on(t.consultationId, t.status, t.createdAt),
    index("comments_search_idx").using("gin", t.search),
  ],
);

export const commentTags = pgTable(
  "comment_tags",
  {
    commentId: uuid("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    tagId: uuid("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.tagId] }), index("comment_tags_tag_idx").on(t.tagId)],
);

/** The text a comment had before each edit. */
export const commentRevisions = pgTable(
  "comment_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commentId: uuid("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    stance: stance("stance").notNull(),
    locale: text("locale").notNull(),
    editedBy: uuid("edited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("comment_revisions_comment_idx").on(t.commentId, t.createdAt)],
);

export const endorsements = pgTable(
  "endorsements",
  {
    commentId: uuid("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The endorser's group at the time, so the breakdown does not shift when a profile changes. */
    stakeholderGroup: stakeholderGroup("stakeholder_group").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] }), index("endorsements_user_idx").on(t.userId)],
);

export const flags = pgTable(
  "flags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commentId: uuid("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: flagReason("reason").notNull(),
    note: text("note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("flags_comment_user_key").on(t.commentId, t.userId), index("flags_comment_idx").on(t.commentId)],
);

export type Comment = typeof comments.$inferSelect;
export type NewComment = typeof comments.$inferInsert;
export type CommentRevision = typeof commentRevisions.$inferSelect;
export type Endorsement = typeof endorsements.$inferSelect;
export type Flag = typeof flags.$inferSelect;
