import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { connect, type Connection } from "../db/client";
import { runMigrations } from "../db/migrate";
import { seed } from "../db/seed";
import { DEMO_PASSWORD } from "../db/seed/demo-accounts";
import gcm from "../db/seed/gcm.json";
import { hashPassword } from "../lib/auth/password";
import { seedLargeConsultation, type LargeSeedOptions } from "./seed-large";

/** Where the benchmark's throw-away database lives: a fresh PostgreSQL database, or a fresh PGlite folder. */
export interface BenchDatabase {
  /** PostgreSQL URL of the fresh database; undefined on PGlite. */
  url?: string;
  pgliteDir?: string;
  describe: string;
  connect: (poolMax?: number) => Connection;
  drop: () => Promise<void>;
}

export async function createBenchDatabase(serverUrl: string | undefined): Promise<BenchDatabase> {
  const stamp = `${Date.now()}`;
  if (serverUrl) {
    const name = `consultation_hub_bench_${stamp}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      describe: `PostgreSQL ${url.hostname}:${url.port || 5432}/${name}`,
      connect: (poolMax = 1) => connect({ url: url.toString(), poolMax }),
      drop: async () => {
        await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dir = path.join(".data", `bench-${stamp}`);
  return {
    pgliteDir: dir,
    describe: `PGlite ${dir}`,
    connect: () => connect({ pgliteDir: dir }),
    drop: async () => {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(`${dir}.lock`, { force: true });
    },
  };
}

/** Migrates, seeds the GCM consultation and the demo accounts as `npm start` does, then the large data set. */
export async function seedBenchDatabase(database: BenchDatabase, options: LargeSeedOptions) {
  const connection = database.connect();
  try {
    await runMigrations(connection);
    await seed(connection.db, { demoAccounts: true });
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    return await seedLargeConsultation(connection.db, gcm.consultation.slug, passwordHash, options);
  } finally {
    await connection.close();
  }
}
