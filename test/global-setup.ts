import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { connect, type Database } from "../db/client";
import { runMigrations } from "../db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string | undefined;
    pgliteImage: string | undefined;
  }
}

/**
 * With TEST_DATABASE_URL or DATABASE_URL: creates a fresh database on that server for this run,
 * migrates it, and drops it afterwards. Without: each test file gets its own in-memory PGlite,
 * loaded from one migrated image made here (starting an empty PGlite costs several seconds; loading
 * an image, a fraction of that).
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!serverUrl) {
    project.provide("databaseUrl", undefined);
    const image = await migratedPgliteImage();
    project.provide("pgliteImage", image);
    return () => fs.rmSync(image, { force: true });
  }
  project.provide("pgliteImage", undefined);
  const name = `consultation_hub_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = connect({ url: url.toString(), poolMax: 1 });
  await runMigrations(connection);
  await connection.close();
  project.provide("databaseUrl", url.toString());
  console.log(`Tests run on PostgreSQL database ${name} (dropped afterwards)`);

  return async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  };
}

async function migratedPgliteImage(): Promise<string> {
  const client = new PGlite("memory://");
  await runMigrations({ db: drizzle(client) as unknown as Database, driver: "pglite", close: () => client.close() });
  const file = path.join(os.tmpdir(), `consultation-hub-test-${process.pid}-${randomBytes(3).toString("hex")}.tar`);
  fs.writeFileSync(file, Buffer.from(await (await client.dumpDataDir("none")).arrayBuffer()));
  await client.close();
  return file;
}
