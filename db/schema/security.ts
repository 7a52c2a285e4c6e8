import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Fixed-window counters (sign-in attempts per email and per client), shared by every app instance. */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  hits: integer("hits").notNull(),
  resetAt: timestamp("reset_at", { withTimezone: true }).notNull(),
});
