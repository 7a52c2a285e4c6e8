import { connect, type Connection } from "../db/client";
import { runMigrations } from "../db/migrate";
import { seed } from "../db/seed";
import { env } from "../lib/env";

export function describeDatabase(): string {
  if (!env.DATABASE_URL) return `embedded PGlite in ${env.PGLITE_DIR}`;
  const url = new URL(env.DATABASE_URL);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

/** Opens the configured database for a command-line step and always closes it (releasing the PGlite lock). */
export async function withDatabase<T>(step: (connection: Connection) => Promise<T>): Promise<T> {
  const connection = connect({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, poolMax: 2 });
  try {
    return await step(connection);
  } finally {
    await connection.close();
  }
}

export async function prepareDatabase(options: { seed: boolean }): Promise<void> {
  await withDatabase(async (connection) => {
    await runMigrations(connection);
    if (options.seed) await seed(connection.db, { demoAccounts: env.DEMO_ACCOUNTS });
  });
}

/** Runs a command-line entry point, printing configuration and lock errors without a stack trace. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const name = error instanceof Error ? error.name : "";
    if (name === "ConfigurationError" || name === "DataFolderLockedError") {
      console.error(`\n${(error as Error).message}\n`);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}
