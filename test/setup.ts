import fs from "node:fs";
import { afterAll, inject } from "vitest";
import { closeDb, connect, replaceConnection } from "@/db/client";

const databaseUrl = inject("databaseUrl");
const pgliteImage = inject("pgliteImage");
if (databaseUrl) {
  process.env.DATABASE_URL = databaseUrl;
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
}
process.env.DB_POOL_MAX = "4";

// A fresh in-memory copy of the migrated database for this file.
if (pgliteImage) replaceConnection(connect({ pgliteDir: "memory://", pgliteImage: new Blob([fs.readFileSync(pgliteImage)]) }));

afterAll(async () => {
  await closeDb();
});
