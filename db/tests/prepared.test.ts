import fs from "node:fs";
import { eq, sql } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { connect, getDb, type Database } from "@/db/client";
import { prepared } from "@/db/prepared";
import { users } from "@/db/schema";
import { createUser } from "@/test/factories";

const emailOf = prepared("email_of", (db: Database) =>
  db.select({ email: users.email }).from(users).where(eq(users.id, sql.placeholder("id"))),
);

/** A second connection: to the same PostgreSQL database, or another in-memory copy of the migrated PGlite. */
function secondConnection() {
  const image = inject("pgliteImage");
  return process.env.DATABASE_URL
    ? connect({ url: process.env.DATABASE_URL, poolMax: 1 })
    : connect({ pgliteDir: "memory://", pgliteImage: new Blob([fs.readFileSync(image!)]) });
}

describe("prepared", () => {
  it("sends each call's own values", async () => {
    const first = await createUser();
    const second = await createUser();
    expect(await emailOf(getDb(), { id: first.id })).toEqual([{ email: first.email }]);
    expect(await emailOf(getDb(), { id: second.id })).toEqual([{ email: second.email }]);
  });

  it("keeps a statement per database: one closed leaves the others working", async () => {
    const user = await createUser();
    const other = secondConnection();
    await emailOf(other.db, { id: user.id });
    await other.close();
    await expect(emailOf(other.db, { id: user.id })).rejects.toThrow();
    expect(await emailOf(getDb(), { id: user.id })).toEqual([{ email: user.email }]);
  });
});
