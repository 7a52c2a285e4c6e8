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
    /** The PostgreSQL server and the migrated database on it that each test file copies. */
    postgresTemplate: { serverUrl: string; name: string } | undefined;
    pgliteImage: string | undefined;
  }
}

/**
 * Each test file gets a database of its own, copied from one migrated database made here, so files
 * run side by side on every core. With TEST_DATABASE_URL or DATABASE_URL the copies are databases on
 * that server, created from a template and all dropped afterwards; without, in-memory PGlites loaded
 * from one image (starting an empty PGlite costs several seconds; loading an image, a fraction).
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!serverUrl) {
    project.provide("postgresTemplate", undefined);
    const image = await migratedPgliteImage();
    project.provide("pgliteImage", image);
    return () => fs.rmSync(image, { force: true });
  }
  project.provide("pgliteImage", undefined);
  const name = `consultation_hub_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const connection = connect({ url: databaseUrl(serverUrl, name), poolMax: 1 });
  await runMigrations(connection);
  await connection.close();
  project.provide("postgresTemplate", { serverUrl, name });
  console.log(`Tests run on copies of PostgreSQL database ${name} (all dropped afterwards)`);

  return async () => {
    // The template and any copy a failed file left behind.
    const left = await admin<{ datname: string }[]>`
      SELECT datname FROM pg_database WHERE datname LIKE ${`${name}%`}`;
    for (const { datname } of left) await admin.unsafe(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
  };
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function migratedPgliteImage(): Promise<string> {
  const client = new PGlite("memory://");
  await runMigrations({ db: drizzle(client) as unknown as Database });
  const file = path.join(os.tmpdir(), `consultation-hub-test-${process.pid}-${randomBytes(3).toString("hex")}.tar`);
  fs.writeFileSync(file, Buffer.from(await (await client.dumpDataDir("none")).arrayBuffer()));
  await client.close();
  return file;
}
