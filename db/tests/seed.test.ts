import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { comments, consultations, consultationStaff, endorsements, objectives, tags, users } from "@/db/schema";
import { seed } from "@/db/seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import gcm from "@/db/seed/gcm.json";
import { authenticate } from "@/lib/auth/credentials";

async function snapshot() {
  const db = getDb();
  const [gcmRow] = await db.select().from(consultations).where(eq(consultations.slug, "gcm"));
  const objectiveRows = await db.select().from(objectives).where(eq(objectives.consultationId, gcmRow.id));
  const tagRows = await db.select().from(tags).where(eq(tags.consultationId, gcmRow.id));
  const demoUsers = await db.select().from(users).where(inArray(users.email, DEMO_ACCOUNTS.map((a) => a.email)));
  const staff = await db.select().from(consultationStaff).where(eq(consultationStaff.consultationId, gcmRow.id));
  const discussion = await db.select().from(comments).where(eq(comments.consultationId, gcmRow.id));
  return { gcmRow, objectiveRows, tagRows, demoUsers, staff, discussion };
}

describe("seed", () => {
  it("creates the GCM consultation, its 23 objectives, 10 principles and one demo account per role, idempotently", async () => {
    await seed(getDb(), { demoAccounts: true });
    const first = await snapshot();
    expect(first.gcmRow).toMatchObject({ status: "open", moderationMode: "post", scope: "global", title: gcm.consultation.title });
    expect(first.objectiveRows).toHaveLength(23);
    expect(first.objectiveRows.find((o) => o.number === 5)?.title).toBe(gcm.objectives[4].title);
    expect(first.tagRows.map((t) => t.label).sort()).toEqual([...gcm.guidingPrinciples].sort());
    expect(first.demoUsers).toHaveLength(DEMO_ACCOUNTS.length);
    expect(first.staff.map((s) => s.role).sort()).toEqual(["moderator", "secretariat"]);

    // Edits made in the app survive a second seed.
    await getDb()
      .update(objectives)
      .set({ title: "Edited by the secretariat" })
      .where(and(eq(objectives.consultationId, first.gcmRow.id), eq(objectives.number, 1)));
    await seed(getDb(), { demoAccounts: true });
    const second = await snapshot();
    expect(second.objectiveRows).toHaveLength(23);
    expect(second.objectiveRows.find((o) => o.number === 1)?.title).toBe("Edited by the secretariat");
    expect(second.demoUsers.map((u) => u.id).sort()).toEqual(first.demoUsers.map((u) => u.id).sort());
    expect(second.staff).toHaveLength(2);
    expect(second.discussion.map((c) => c.id).sort()).toEqual(first.discussion.map((c) => c.id).sort());
  });

  it("starts a demo discussion with consistent counters", async () => {
    await seed(getDb(), { demoAccounts: true });
    const { discussion } = await snapshot();
    expect(discussion.length).toBeGreaterThanOrEqual(5);
    for (const comment of discussion) {
      expect(comment.replyCount).toBe(discussion.filter((c) => c.parentId === comment.id).length);
      const endorsed = await getDb().select().from(endorsements).where(eq(endorsements.commentId, comment.id));
      expect(comment.endorsementCount).toBe(endorsed.length);
    }
    expect(discussion.find((c) => c.authorId === discussion.find((d) => d.official)?.authorId)?.official).toBe(true);
  });

  it("gives the demo accounts their roles and a working password", async () => {
    await seed(getDb(), { demoAccounts: true });
    const { demoUsers } = await snapshot();
    const byEmail = Object.fromEntries(demoUsers.map((u) => [u.email, u]));
    expect(byEmail["admin@example.org"].platformRole).toBe("admin");
    expect(byEmail["delegate@example.org"]).toMatchObject({ stakeholderGroup: "member_state", affiliationStatus: "verified" });
    expect(byEmail["pending-delegate@example.org"].affiliationStatus).toBe("pending");
    expect(byEmail["diaspora@example.org"].stakeholderGroup).toBe("diaspora");
    const result = await authenticate({ email: "moderator@example.org", password: DEMO_PASSWORD, client: "seed-test" });
    expect(result.ok).toBe(true);
  });
});
