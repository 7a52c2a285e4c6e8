import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, comments, endorsements, users } from "@/db/schema";
import { createComment, createConsultation, createUser } from "@/test/factories";

/** The database itself holds the invariants that no bug in the app may break. */

async function rejects(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e as Error & { cause?: Error },
  );
  expect(error, "the database should have refused this").toBeDefined();
  return `${error?.message} ${error?.cause?.message ?? ""}`;
}

describe("audit_log is append-only", () => {
  async function auditRow() {
    const [row] = await getDb()
      .insert(auditLog)
      .values({ action: "test.action", targetType: "user", targetId: randomUUID(), after: { a: 1 } })
      .returning();
    return row;
  }

  it("accepts inserts", async () => {
    const row = await auditRow();
    expect(row.id).toBeGreaterThan(0);
    expect(row.at).toBeInstanceOf(Date);
  });

  it("refuses UPDATE", async () => {
    const row = await auditRow();
    const message = await rejects(getDb().update(auditLog).set({ reason: "rewritten" }).where(eq(auditLog.id, row.id)));
    expect(message).toMatch(/append-only/);
    const [after] = await getDb().select().from(auditLog).where(eq(auditLog.id, row.id));
    expect(after.reason).toBe("");
  });

  it("refuses DELETE", async () => {
    const row = await auditRow();
    expect(await rejects(getDb().delete(auditLog).where(eq(auditLog.id, row.id)))).toMatch(/append-only/);
    expect(await getDb().select().from(auditLog).where(eq(auditLog.id, row.id))).toHaveLength(1);
  });

  it("refuses TRUNCATE", async () => {
    await auditRow();
    expect(await rejects(getDb().execute(sql`TRUNCATE audit_log`))).toMatch(/append-only/);
  });
});

describe("comments", () => {
  it("refuse a depth beyond 3", async () => {
    const { objectives } = await createConsultation();
    const author = await createUser();
    let parent = await createComment(objectives[0], author);
    for (let depth = 1; depth <= 3; depth++) {
      parent = await createComment(objectives[0], author, { parentId: parent.id, rootId: parent.rootId, depth });
    }
    expect(parent.depth).toBe(3);
    await rejects(createComment(objectives[0], author, { parentId: parent.id, rootId: parent.rootId, depth: 4 }));
  });

  it("refuse a reply without a parent and a top-level comment that is not its own root", async () => {
    const { objectives } = await createConsultation();
    const author = await createUser();
    const root = await createComment(objectives[0], author);
    await rejects(createComment(objectives[0], author, { depth: 1, rootId: root.id }));
    await rejects(createComment(objectives[0], author, { rootId: root.id }));
  });

  it("keep one comment per author and idempotency key", async () => {
    const { objectives } = await createConsultation();
    const author = await createUser();
    await createComment(objectives[0], author, { idempotencyKey: "k1" });
    await rejects(createComment(objectives[0], author, { idempotencyKey: "k1" }));
  });

  it("maintain the search vector from the body, in any script", async () => {
    const { objectives } = await createConsultation();
    const author = await createUser();
    const comment = await createComment(objectives[0], author, { body: "Protection des migrants حماية المهاجرين 移民保护" });
    const found = await getDb()
      .select({ id: comments.id })
      .from(comments)
      .where(sql`${comments.search} @@ websearch_to_tsquery('simple', 'المهاجرين') AND ${comments.id} = ${comment.id}`);
    expect(found).toHaveLength(1);
  });
});

describe("endorsements", () => {
  it("allow one per person per comment", async () => {
    const { objectives } = await createConsultation();
    const author = await createUser();
    const endorser = await createUser();
    const comment = await createComment(objectives[0], author);
    const row = { commentId: comment.id, userId: endorser.id, stakeholderGroup: endorser.stakeholderGroup };
    await getDb().insert(endorsements).values(row);
    await rejects(getDb().insert(endorsements).values(row));
  });
});

describe("users", () => {
  it("store emails normalized and unique", async () => {
    await rejects(createUser({ email: "Mixed.Case@Example.org" }));
    const user = await createUser();
    await rejects(createUser({ email: user.email }));
  });

  it("refuse a malformed country code", async () => {
    await rejects(createUser({ country: "k1" }));
  });

  it("keep HTML and SQL in names as typed", async () => {
    const name = `<script>alert(1)</script>'; DROP TABLE users; --`;
    const user = await createUser({ name, organization: `"><img src=x onerror=alert(1)>` });
    const [stored] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(stored.name).toBe(name);
    expect(stored.organization).toBe(`"><img src=x onerror=alert(1)>`);
  });
});
