import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb, PREPARED_CONNECTIONS, selectRows } from "@/db/client";
import { comments, users } from "@/db/schema";
import { cursorTime } from "@/lib/comments/context";

/** Rows fetched per query: the memory an export holds at once, whatever the consultation's size. */
export const EXPORT_BATCH_SIZE = 1000;

/**
 * Batches fetched at once: the next one is read while the current one is written, one on each of the
 * connections the batches run on (db/client.ts).
 */
const READ_AHEAD = PREPARED_CONNECTIONS;

/** A comment's position in an export: (created_at, id), the time to the microsecond. */
interface Key {
  time: string;
  id: string;
}

/** An objective's comments after one key, up to and including the next: undefined ends are open. */
export interface Range {
  objectiveId: string;
  after?: Key;
  upTo?: Key;
}

const key = (k: Key) => sql`(${k.time}::timestamptz, ${k.id}::uuid)`;
const position = sql`(${comments.createdAt}, ${comments.id})`;

/**
 * The condition selecting a range's comments. The plain bounds on created_at repeat what the row
 * comparisons say for the planner's sake: it cannot estimate a row comparison, guessed ten times a
 * batch's rows for a range with both ends and chose a parallel scan of another index (4× slower).
 */
export function inRange({ objectiveId, after, upTo }: Range): SQL | undefined {
  return and(
    eq(comments.objectiveId, objectiveId),
    after && sql`${position} > ${key(after)} AND ${comments.createdAt} >= ${after.time}::timestamptz`,
    upTo && sql`${position} <= ${key(upTo)} AND ${comments.createdAt} <= ${upTo.time}::timestamptz`,
  );
}

/**
 * The objectives' comments matching `where` (which may filter on the author: users is joined) in
 * ranges of EXPORT_BATCH_SIZE, objective by objective in the given order, each in (created_at, id)
 * order. One query reads every EXPORT_BATCH_SIZE-th key of every objective, so the batches can then
 * be read independently of each other.
 */
export async function batchRanges(objectiveIds: readonly string[], where: SQL[]): Promise<Range[]> {
  if (objectiveIds.length === 0) return [];
  const keys = await selectRows<Key & { objectiveId: string }>(
    getDb(),
    sql`SELECT objective_id AS "objectiveId", time, id FROM (
        SELECT ${comments.objectiveId} AS objective_id, ${cursorTime} AS time, ${comments.id} AS id,
          row_number() OVER (PARTITION BY ${comments.objectiveId} ORDER BY ${comments.createdAt}, ${comments.id}) AS n
        FROM ${comments} JOIN ${users} ON ${eq(users.id, comments.authorId)}
        WHERE ${and(inArray(comments.objectiveId, [...objectiveIds]), ...where)}
      ) numbered
      WHERE n % ${EXPORT_BATCH_SIZE} = 0 ORDER BY n`,
  );
  return objectiveIds.flatMap((objectiveId) => {
    const ends = keys.filter((k) => k.objectiveId === objectiveId);
    return [...ends, undefined].map((upTo, i) => ({ objectiveId, after: ends[i - 1], upTo }));
  });
}

/**
 * fetch(range) for each range, yielded in order, READ_AHEAD of them in flight: the database (another
 * process) reads the next batch while this one writes the current batch. Nothing is fetched before
 * the consumer asks for the first batch, and nothing more once it stops asking.
 */
export async function* readAhead<T>(ranges: readonly Range[], fetch: (range: Range) => Promise<T>): AsyncGenerator<T> {
  const inFlight: Promise<T>[] = [];
  let next = 0;
  for (;;) {
    while (inFlight.length < READ_AHEAD && next < ranges.length) {
      const fetched = fetch(ranges[next++]);
      // Its error is thrown when its turn comes; until then (or if the consumer stops first) it must
      // not count as unhandled.
      fetched.catch(() => {});
      inFlight.push(fetched);
    }
    const first = inFlight.shift();
    if (!first) return;
    yield await first;
  }
}
