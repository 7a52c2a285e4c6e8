import { randomBytes } from "node:crypto";
import fs from "node:fs";
import postgres from "postgres";
import { afterAll, inject } from "vitest";
import { closeDb, connect, replaceConnection } from "@/db/client";
import { databaseUrl } from "./global-setup";

const postgresTemplate = inject("postgresTemplate");
const pgliteImage = inject("pgliteImage");
process.env.DB_POOL_MAX = "4";

// A fresh copy of the migrated database for this file.
let dropCopy = async () => {};
if (postgresTemplate) {
  const { serverUrl, name } = postgresTemplate;
  const copy = `${name}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${copy}" TEMPLATE "${name}"`);
  process.env.DATABASE_URL = databaseUrl(serverUrl, copy);
  replaceConnection(connect({ url: process.env.DATABASE_URL, poolMax: 4 }));
  dropCopy = async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${copy}" WITH (FORCE)`);
    await admin.end();
  };
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
  if (pgliteImage) {
    replaceConnection(connect({ pgliteDir: "memory://", pgliteImage: new Blob([fs.readFileSync(pgliteImage)]) }));
  }
}

afterAll(async () => {
  await closeDb();
  await dropCopy();
});
