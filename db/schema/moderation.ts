import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { comments } from "./comments";
import { consultations, objectives } from "./consultations";
import { moderationAction } from "./enums";
import { users } from "./users";

/** Every decision on a comment; actorId null means the system (auto-hide). */
export const moderationDecisions = pgTable(
  "moderation_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    commentId: uuid("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: moderationAction("action").notNull(),
    reasonCode: text("reason_code"),
    reasonText: text("reason_text").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("moderation_decisions_comment_idx").on(t.commentId, t.createdAt)],
);

/** Editable reasons offered when rejecting or hiding. */
export const reasonTemplates = pgTable(
  "reason_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    label: text("label").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("reason_templates_consultation_code_key").on(t.consultationId, t.code)],
);

/** Staff-only notes about a comment or a participant, within one consultation. */
export const notes = pgTable(
  "notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    commentId: uuid("comment_id").references(() => comments.id, { onDelete: "cascade" }),
    subjectUserId: uuid("subject_user_id").references(() => users.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("notes_one_subject", sql`(${t.commentId} IS NULL) <> (${t.subjectUserId} IS NULL)`),
    index("notes_comment_idx").on(t.commentId),
    index("notes_subject_user_idx").on(t.consultationId, t.subjectUserId),
  ],
);

/** The secretariat's synthesis of one objective. */
export const syntheses = pgTable("syntheses", {
  objectiveId: uuid("objective_id")
    .primaryKey()
    .references(() => objectives.id, { onDelete: "cascade" }),
  body: text("body").notNull().default(""),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Comments the secretariat chose to quote in the compilation. */
export const synthesisHighlights = pgTable(
  "synthesis_highlights",
  {
    objectiveId: uuid("objective_id")
      .notNull()
      .references(() => objectives.id, { onDelete: "cascade" }),
    commentId: uuid("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    addedBy: uuid("added_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.objectiveId, t.commentId] })],
);

export type ModerationDecision = typeof moderationDecisions.$inferSelect;
export type Note = typeof notes.$inferSelect;
export type Synthesis = typeof syntheses.$inferSelect;
