import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { rateLimits } from "@/db/schema";

export interface Limit {
  key: string;
  max: number;
  windowSeconds: number;
}

export interface LimitState {
  exceeded: boolean;
  /** Seconds until the window that was exceeded resets (0 when not exceeded). */
  retryAfterSeconds: number;
}

/**
 * Counts one attempt against each limit in a fixed window, atomically in the database so every app
 * instance shares the counters, and reports whether any limit is now exceeded.
 */
export async function hitLimits(db: Executor, limits: Limit[]): Promise<LimitState> {
  let retryAfterSeconds = 0;
  for (const limit of limits) {
    const [row] = await db
      .insert(rateLimits)
      .values({ key: limit.key, hits: 1, resetAt: sql`now() + make_interval(secs => ${limit.windowSeconds})` })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          hits: sql`CASE WHEN ${rateLimits.resetAt} <= now() THEN 1 ELSE ${rateLimits.hits} + 1 END`,
          resetAt: sql`CASE WHEN ${rateLimits.resetAt} <= now() THEN excluded.reset_at ELSE ${rateLimits.resetAt} END`,
        },
      })
      .returning({
        hits: rateLimits.hits,
        secondsLeft: sql<number>`ceil(extract(epoch FROM ${rateLimits.resetAt} - now()))::int`,
      });
    if (row.hits > limit.max) retryAfterSeconds = Math.max(retryAfterSeconds, row.secondsLeft);
  }
  return { exceeded: retryAfterSeconds > 0, retryAfterSeconds };
}

export async function clearLimit(db: Executor, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}
