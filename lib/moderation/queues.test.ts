import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, queryCounter } from "@/db/client";
import { comments, flags, type Consultation, type Objective, type User } from "@/db/schema";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { flagComment } from "@/lib/comments/mutations";
import { actorFor, appoint, createComment, createConsultation, createUser } from "@/test/factories";
import { decide } from "./decisions";
import { addCommentNote } from "./notes";
import { listQueue, QUEUE_PAGE_SIZE } from "./queues";
import type { QueueQuery } from "./schemas";

async function setup(overrides: Parameters<typeof createConsultation>[0] = {}) {
  const { consultation, objectives } = await createConsultation(overrides);
  const moderatorUser = await createUser({ name: "Leila Haddad" });
  await appoint(moderatorUser, consultation, "moderator");
  return { consultation, objective: objectives[0], moderatorUser, moderator: await actorFor(moderatorUser), author: await createUser({ name: "Amina Diallo" }) };
}

/** Comments with creation times a minute apart, oldest first. */
async function commentsAt(objective: Objective, author: User, statuses: ("pending" | "published" | "hidden")[]) {
  const created = [];
  for (const [i, status] of statuses.entries()) {
    created.push(await createComment(objective, author, { status, body: `Comment ${i}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) }));
  }
  return created;
}

/** Flags a comment by `count` distinct new people, straight into the table (the flag domain has its own tests). */
async function flagTimes(commentId: string, count: number) {
  for (let i = 0; i < count; i++) {
    const user = await createUser();
    await getDb().insert(flags).values({ commentId, userId: user.id, reason: i % 2 ? "spam" : "offensive", note: `note ${i}` });
  }
  await getDb().update(comments).set({ flagCount: sql`${comments.flagCount} + ${count}` }).where(eq(comments.id, commentId));
}

const q = (queue: QueueQuery["queue"], rest: Omit<QueueQuery, "queue"> = {}): QueueQuery => ({ queue, ...rest });

async function allPages(actor: Actor, consultation: Consultation, query: QueueQuery) {
  const ids: string[] = [];
  let after: string | undefined;
  do {
    const page = await listQueue(actor, consultation, { ...query, after });
    ids.push(...page.items.map((i) => i.id));
    after = page.nextCursor ?? undefined;
  } while (after);
  return ids;
}

describe("moderation queues", () => {
  it("pending is oldest first, recent and hidden newest first, flagged by most flags; counts for every tab", async () => {
    const { consultation, objective, moderator, author } = await setup({ moderationMode: "pre" });
    const [p0, p1, pub0, pub1, hid0] = await commentsAt(objective, author, ["pending", "pending", "published", "published", "hidden"]);
    await flagTimes(pub0.id, 1);
    await flagTimes(pub1.id, 3);
    await flagTimes(hid0.id, 2);
    const deleted = await createComment(objective, author, { status: "pending", deletedAt: new Date() });

    expect((await listQueue(moderator, consultation, q("pending"))).items.map((i) => i.id)).toEqual([p0.id, p1.id]);
    expect((await listQueue(moderator, consultation, q("recent"))).items.map((i) => i.id)).toEqual([pub1.id, pub0.id]);
    expect((await listQueue(moderator, consultation, q("hidden"))).items.map((i) => i.id)).toEqual([hid0.id]);
    const flagged = await listQueue(moderator, consultation, q("flagged"));
    expect(flagged.items.map((i) => [i.id, i.flagCount])).toEqual([[pub1.id, 3], [hid0.id, 2], [pub0.id, 1]]);
    expect(flagged.items[0].flags.map((f) => [f.reason, f.note])).toEqual([["offensive", "note 0"], ["spam", "note 1"], ["offensive", "note 2"]]);
    expect(flagged.counts).toEqual({ pending: 2, flagged: 3, recent: 2, hidden: 1 });
    expect(JSON.stringify(flagged)).not.toContain(deleted.id);
  });

  it("a decision resolves the flags: the item leaves the flagged queue, and recent can leave out what is reviewed", async () => {
    const { consultation, objective, moderator, author } = await setup();
    const [a, b] = await commentsAt(objective, author, ["published", "published"]);
    await flagTimes(a.id, 2);
    await decide(moderator, { commentId: a.id, action: "review" });
    const page = await listQueue(moderator, consultation, q("flagged"));
    expect(page.items).toHaveLength(0);
    expect(page.counts).toMatchObject({ flagged: 0, recent: 1 });

    const all = await listQueue(moderator, consultation, q("recent"));
    expect(all.items.map((i) => [i.id, i.reviewed?.by ?? null])).toEqual([[b.id, null], [a.id, "Leila Haddad"]]);
    expect((await listQueue(moderator, consultation, q("recent", { reviewed: "hide" }))).items.map((i) => i.id)).toEqual([b.id]);

    // A new flag after the decision brings it back.
    await flagComment(await actorFor(await createUser()), { commentId: a.id, reason: "spam", note: "" });
    expect((await listQueue(moderator, consultation, q("flagged"))).items.map((i) => i.id)).toEqual([a.id]);
  });

  it("shows context, history (system auto-hide as such), notes, and who may decide", async () => {
    const { consultation, objective, moderator, moderatorUser, author } = await setup({ autoHideThreshold: 1 });
    const root = await createComment(objective, author, { body: "The parent says this." });
    const reply = await createComment(objective, author, { body: "A reply", parentId: root.id, rootId: root.id, depth: 1 });
    await flagComment(await actorFor(await createUser()), { commentId: reply.id, reason: "spam", note: "Selling visas" });
    await addCommentNote(moderator, reply.id, "Checked the link: a scam.");
    await decide(moderator, { commentId: reply.id, action: "restore" });
    await decide(moderator, { commentId: reply.id, action: "hide", reasonCode: "spam", reasonText: "Advertises a paid service" });
    const own = await createComment(objective, moderatorUser, { body: "The moderator's own words" });

    const { items } = await listQueue(moderator, consultation, q("hidden"));
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({
      body: "A reply",
      objective: { number: 1, shortTitle: "Objective 1" },
      parent: { body: "The parent says this.", deleted: false },
      author: { name: "Amina Diallo", stakeholderGroup: "civil_society", country: "KE" },
      canModerate: true,
    });
    expect(item.decisions.map((d) => [d.action, d.system, d.actorName, d.reasonCode, d.reasonLabel, d.reasonText])).toEqual([
      ["hide", true, null, "flagged", null, ""],
      ["restore", false, "Leila Haddad", null, null, ""],
      ["hide", false, "Leila Haddad", "spam", "Spam", "Advertises a paid service"],
    ]);
    expect(item.flags).toMatchObject([{ reason: "spam", note: "Selling visas", resolved: true }]);
    expect(item.notes).toMatchObject([{ body: "Checked the link: a scam.", authorName: "Leila Haddad" }]);
    expect(item.reviewed).toMatchObject({ by: "Leila Haddad" });

    const recent = await listQueue(moderator, consultation, q("recent"));
    expect(recent.items.find((i) => i.id === own.id)?.canModerate).toBe(false);
    expect(recent.items.find((i) => i.id === root.id)?.canModerate).toBe(true);
  });

  it("is for that consultation's staff only", async () => {
    const { consultation } = await setup();
    const elsewhere = await createUser();
    await appoint(elsewhere, (await createConsultation()).consultation, "moderator");
    const suspendedModerator = await createUser();
    await appoint(suspendedModerator, consultation, "moderator");
    await getDb().execute(sql`INSERT INTO suspensions (user_id, consultation_id, reason) VALUES (${suspendedModerator.id}, ${consultation.id}, 'test')`);
    await expect(listQueue(ANONYMOUS, consultation, q("pending"))).rejects.toMatchObject({ reason: "signInRequired" });
    await expect(listQueue(await actorFor(await createUser()), consultation, q("pending"))).rejects.toMatchObject({ reason: "notStaff" });
    await expect(listQueue(await actorFor(elsewhere), consultation, q("pending"))).rejects.toMatchObject({ reason: "notStaff" });
    await expect(listQueue(await actorFor(suspendedModerator), consultation, q("pending"))).rejects.toMatchObject({ reason: "suspended" });
    const secretariat = await createUser();
    await appoint(secretariat, consultation, "secretariat");
    await expect(listQueue(await actorFor(secretariat), consultation, q("pending"))).resolves.toBeDefined();
    await expect(listQueue(await actorFor(await createUser({ platformRole: "admin" })), consultation, q("pending"))).resolves.toBeDefined();
  });

  it("pages through a queue with equal flag counts and times without skipping or repeating", async () => {
    const { consultation, objective, moderator, author } = await setup();
    const at = new Date(Date.UTC(2026, 0, 1));
    const rows = Array.from({ length: 45 }, () => {
      const id = randomUUID();
      return { id, rootId: id, consultationId: consultation.id, objectiveId: objective.id, authorId: author.id, body: "x", locale: "en", stance: "supports" as const, status: "published" as const, createdAt: at, flagCount: 2 };
    });
    await getDb().insert(comments).values(rows);
    const flagger = await createUser();
    await getDb().insert(flags).values(rows.map((r) => ({ commentId: r.id, userId: flagger.id, reason: "spam" as const })));
    for (const queue of ["flagged", "recent"] as const) {
      const ids = await allPages(moderator, consultation, q(queue));
      expect(ids).toHaveLength(45);
      expect(new Set(ids).size).toBe(45);
    }
  });

  it("runs the same number of queries for a queue of 20 and of 2,000 flagged items", async () => {
    const count = async (n: number) => {
      const { consultation, objective, moderator, author } = await setup();
      const flagger = await createUser();
      const base = Date.UTC(2026, 0, 1);
      const rows = Array.from({ length: n }, (_, i) => {
        const id = randomUUID();
        return { id, rootId: id, consultationId: consultation.id, objectiveId: objective.id, authorId: author.id, body: `Comment ${i}`, locale: "en", stance: "supports" as const, status: "published" as const, createdAt: new Date(base + i * 1000), flagCount: 1 + (i % 7) };
      });
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = rows.slice(i, i + 500);
        await getDb().insert(comments).values(chunk);
        await getDb().insert(flags).values(chunk.map((r) => ({ commentId: r.id, userId: flagger.id, reason: "spam" as const })));
      }
      const before = queryCounter.count;
      const started = performance.now();
      const first = await listQueue(moderator, consultation, q("flagged"));
      const second = await listQueue(moderator, consultation, q("flagged", { after: first.nextCursor ?? undefined }));
      const elapsed = performance.now() - started;
      expect(first.items).toHaveLength(QUEUE_PAGE_SIZE);
      expect(first.items[0].flagCount).toBe(7);
      if (first.nextCursor) expect(second.items[0].flagCount).toBeLessThanOrEqual(first.items.at(-1)!.flagCount);
      expect(first.counts.flagged).toBe(n);
      return { queries: queryCounter.count - before, elapsed };
    };
    const small = await count(20);
    const large = await count(2000);
    expect(large.queries).toBe(small.queries);
    // Two pages, each: the page of items and the counts.
    expect(small.queries).toBe(4);
    expect(large.elapsed).toBeLessThan(2000);
  });
});
