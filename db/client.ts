import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import type { PgDatabase, PgDialect, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "../lib/env";
import { lockDataFolder } from "./lock";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What a query helper accepts: the database or a transaction inside it. */
export type Executor = Database | Transaction;

export type Driver = "postgres" | "pglite";

/** The connections of their own that runPrepared() uses on PostgreSQL: an export reads as many batches at once. */
export const PREPARED_CONNECTIONS = 2;

/**
 * Counts the statements this process sends, so tests and the benchmark can check that a page runs a
 * fixed number of queries whatever the size of the data.
 */
export const queryCounter = { count: 0 };
const countingLogger = { logQuery: () => void queryCounter.count++ };
/** With LOG_QUERIES, each statement is also printed, so `npm run bench` counts a page's queries from the server. */
const printingLogger = {
  logQuery: (query: string) => {
    queryCounter.count++;
    console.log(`[query] ${query.replace(/\s+/g, " ").slice(0, 120)}`);
  },
};

export interface Connection {
  db: Database;
  driver: Driver;
  /** The PostgreSQL URL; undefined for PGlite. */
  url?: string;
  /** Counts (with LOG_QUERIES, prints) a statement sent to the driver without drizzle. */
  logQuery: (query: string) => void;
  /** On PostgreSQL, the connections of their own that runPrepared() uses (opened when first used). */
  preparedClient?: postgres.Sql;
  close: () => Promise<void>;
}

/** Opens a connection as configured: PostgreSQL when a URL is given, else embedded PGlite. */
export function connect(
  options: {
    url?: string;
    pgliteDir?: string;
    /** A dump of a PGlite data folder to start from (tests copy one migrated database per file). */
    pgliteImage?: Blob;
    poolMax?: number;
    logQueries?: boolean;
  } = {},
): Connection {
  const logger = options.logQueries ? printingLogger : countingLogger;
  if (options.url) {
    const sql = postgres(options.url, {
      max: options.poolMax ?? 10,
      onnotice: () => {},
      connection: { application_name: "consultation-hub" },
    });
    const db = drizzlePostgres(sql, { schema, logger }) as unknown as Database;
    const preparedClient = postgres(options.url, {
      max: PREPARED_CONNECTIONS,
      onnotice: () => {},
      connection: { application_name: "consultation-hub-exports" },
    });
    return {
      db,
      driver: "postgres",
      url: options.url,
      logQuery: logger.logQuery,
      preparedClient,
      close: async () => {
        await Promise.all([sql.end({ timeout: 5 }), preparedClient.end({ timeout: 5 })]);
      },
    };
  }
  const dir = options.pgliteDir ?? ".data/pglite";
  const inMemory = dir.startsWith("memory://");
  const release = inMemory ? () => {} : lockDataFolder(path.resolve(/*turbopackIgnore: true*/ dir));
  try {
    const client = new PGlite(inMemory ? dir : path.resolve(/*turbopackIgnore: true*/ dir), {
      loadDataDir: options.pgliteImage,
    });
    const db = drizzlePglite(client, { schema, logger }) as unknown as Database;
    return {
      db,
      driver: "pglite",
      logQuery: logger.logQuery,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

// One connection per process, kept on globalThis so hot reloads and duplicated bundles share it.
const globalForDb = globalThis as unknown as { consultationHubDb?: Connection };

export function getConnection(): Connection {
  globalForDb.consultationHubDb ??= connect({
    url: env.DATABASE_URL,
    pgliteDir: env.PGLITE_DIR,
    poolMax: env.DB_POOL_MAX,
    logQueries: env.LOG_QUERIES,
  });
  return globalForDb.consultationHubDb;
}

/** Makes this process use the given connection instead of the configured one. */
export function replaceConnection(connection: Connection): void {
  globalForDb.consultationHubDb = connection;
}

export function getDb(): Database {
  return getConnection().db;
}

export async function closeDb(): Promise<void> {
  const connection = globalForDb.consultationHubDb;
  globalForDb.consultationHubDb = undefined;
  await connection?.close();
}

/**
 * The rows of a plain SQL statement, on either driver: postgres.js answers with the rows, PGlite with
 * an object holding them. Columns come as the statement names them, timestamps as text (drizzle sets
 * both drivers so), with none of the select builder's mapping.
 */
export async function selectRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
}

/**
 * A statement that runs many times with other values (an export's batches). On PostgreSQL it runs
 * prepared, on two connections of its own beside the pool: planned once per connection instead of at
 * every run (8 of a CSV batch's 50 ms), and on the same two database processes from batch to batch
 * and export to export, not on whichever of the pool's connections is free. A database process is
 * slower the first time it reads rows and runs a statement (on connections new to the rows an export
 * took 3.1–3.3 s against 2.3–2.7 s), and after the load of many visitors the pool's ten took turns:
 * a server's first export took 3.8–5.1 s against 5.1–7.8 s. After five runs PostgreSQL may keep one
 * plan for any values, so the statement must not depend on a value's size for its plan (the export
 * ranges bound created_at plainly for this). `raw` keeps each value as the bytes the server sent.
 */
function runPrepared(query: SQL, raw: boolean): Promise<unknown[]> {
  const { db, logQuery, preparedClient } = getConnection();
  if (!preparedClient) return selectRows(db, query);
  const { sql: text, params } = (db as unknown as { dialect: PgDialect }).dialect.sqlToQuery(query);
  logQuery(text);
  const prepared = preparedClient.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true });
  return raw ? prepared.raw() : prepared;
}

/** selectRows() of a statement run as runPrepared() does. */
export function selectPreparedRows<T>(query: SQL): Promise<T[]> {
  return runPrepared(query, false) as Promise<T[]>;
}

/**
 * The values of a one-column statement joined in its order, or null when it has no row, prepared as
 * runPrepared() does. On PostgreSQL they come as the bytes the server sent (postgres.js's raw mode)
 * and are joined as bytes, so a large text never becomes a JavaScript string: it can be written out
 * as it is, and its memory goes back as soon as it is. PGlite hands over text. It reads, outside any
 * transaction: for exports.
 */
export async function selectJoinedBytes(query: SQL): Promise<Uint8Array | string | null> {
  const rows = await runPrepared(query, true);
  if (rows.length === 0) return null;
  if (Array.isArray(rows[0])) return Buffer.concat((rows as (Uint8Array | null)[][]).flatMap(([value]) => (value ? [value] : [])));
  return (rows as Record<string, string | null>[]).map((row) => Object.values(row)[0] ?? "").join("");
}
