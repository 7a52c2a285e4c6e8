import { afterAll, beforeAll, inject } from "vitest";
import { closeDb, getConnection } from "@/db/client";
import { runMigrations } from "@/db/migrate";

const databaseUrl = inject("databaseUrl");
if (databaseUrl) {
  process.env.DATABASE_URL = databaseUrl;
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
}
process.env.DB_POOL_MAX = "4";

beforeAll(async () => {
  // The PostgreSQL database was migrated once for the run; an in-memory PGlite is new per file.
  if (!databaseUrl) await runMigrations(getConnection());
});

afterAll(async () => {
  await closeDb();
});
