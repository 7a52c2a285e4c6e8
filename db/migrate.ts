import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { Connection } from "./client";

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

// Arbitrary constant: several app instances starting at once take turns migrating.
const MIGRATION_LOCK_KEY = 72_190_411;

/** Applies pending migrations. On PostgreSQL an advisory lock serializes concurrent instances. */
export async function runMigrations(connection: Pick<Connection, "db" | "url">): Promise<void> {
  if (!connection.url) {
    await migratePglite(connection.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  // One dedicated connection: the advisory lock belongs to the session that takes it.
  const sql = postgres(connection.url, { max: 1, onnotice: () => {} });
  try {
    await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres(sql), { migrationsFolder });
  } finally {
    await sql.end({ timeout: 5 });
  }
}
