import { sql } from "drizzle-orm";
import { char, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { affiliationStatus, platformRole, publicationPreference, stakeholderGroup } from "./enums";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased and trimmed; the unique index makes sign-up races safe. */
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    name: text("name").notNull(),
    organization: text("organization").notNull().default(""),
    stakeholderGroup: stakeholderGroup("stakeholder_group").notNull(),
    /** ISO 3166-1 alpha-2. */
    country: char("country", { length: 2 }).notNull(),
    locale: text("locale").notNull().default("en"),
    platformRole: platformRole("platform_role").notNull().default("user"),
    affiliationStatus: affiliationStatus("affiliation_status").notNull().default("none"),
    affiliationReviewedBy: uuid("affiliation_reviewed_by"),
    affiliationReviewedAt: timestamp("affiliation_reviewed_at", { withTimezone: true }),
    affiliationNote: text("affiliation_note"),
    publicationPreference: publicationPreference("publication_preference").notNull().default("name_and_organization"),
    /** Shown instead of name and organization when the publication preference is "pseudonym". */
    pseudonym: text("pseudonym").notNull(),
    /** Bumped to revoke every session issued before (sign-out, suspension, password change). */
    sessionVersion: integer("session_version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    index("users_affiliation_idx").on(t.affiliationStatus),
    check("users_email_normalized", sql`${t.email} = lower(btrim(${t.email}))`),
    check("users_country_format", sql`${t.country} ~ '^[A-Z]{2}$'`),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
