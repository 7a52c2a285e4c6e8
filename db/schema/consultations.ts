import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { consultationScope, consultationStatus, moderationMode, staffRole, stakeholderGroup, tagKind } from "./enums";
import { users } from "./users";

export const consultations = pgTable(
  "consultations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    status: consultationStatus("status").notNull().default("draft"),
    opensAt: timestamp("opens_at", { withTimezone: true }),
    closesAt: timestamp("closes_at", { withTimezone: true }),
    moderationMode: moderationMode("moderation_mode").notNull().default("post"),
    /** Languages comments may be written in (subset of the six UN languages). */
    languages: text("languages").array().notNull().default(sql`ARRAY['en','fr','es','ar','zh','ru']::text[]`),
    scope: consultationScope("scope").notNull().default("global"),
    /** Region name for a regional consultation, ISO country code for a national one. */
    scopeArea: text("scope_area"),
    /** Empty means every stakeholder group may comment. */
    allowedGroups: stakeholderGroup("allowed_groups").array().notNull().default(sql`'{}'`),
    autoHideThreshold: integer("auto_hide_threshold").notNull().default(3),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("consultations_slug_key").on(t.slug),
    check("consultations_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("consultations_dates", sql`${t.closesAt} IS NULL OR ${t.opensAt} IS NULL OR ${t.closesAt} > ${t.opensAt}`),
    check("consultations_auto_hide_positive", sql`${t.autoHideThreshold} >= 1`),
  ],
);

export const consultationStaff = pgTable(
  "consultation_staff",
  {
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: staffRole("role").notNull(),
    appointedBy: uuid("appointed_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.consultationId, t.userId, t.role] }),
    index("consultation_staff_user_idx").on(t.userId),
  ],
);

export const objectives = pgTable(
  "objectives",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    /** The public number, part of the URL. */
    number: integer("number").notNull(),
    /** Display order; numbers stay stable when objectives are reordered. */
    position: integer("position").notNull(),
    shortTitle: text("short_title").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("objectives_consultation_number_key").on(t.consultationId, t.number),
    index("objectives_consultation_position_idx").on(t.consultationId, t.position),
    check("objectives_number_positive", sql`${t.number} >= 1`),
  ],
);

export const tags = pgTable(
  "tags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    kind: tagKind("kind").notNull(),
    key: text("key").notNull(),
    label: text("label").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("tags_consultation_key").on(t.consultationId, t.key)],
);

/** Platform-wide when consultationId is null; otherwise limited to one consultation. */
export const suspensions = pgTable(
  "suspensions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    consultationId: uuid("consultation_id").references(() => consultations.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull().defaultNow(),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    liftedAt: timestamp("lifted_at", { withTimezone: true }),
    liftedBy: uuid("lifted_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index("suspensions_user_idx").on(t.userId),
    check("suspensions_end_after_start", sql`${t.endsAt} IS NULL OR ${t.endsAt} > ${t.startsAt}`),
  ],
);

export type Consultation = typeof consultations.$inferSelect;
export type NewConsultation = typeof consultations.$inferInsert;
export type Objective = typeof objectives.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Suspension = typeof suspensions.$inferSelect;
