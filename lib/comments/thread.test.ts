import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb, queryCounter } from "@/db/client";
import { comments, commentTags, type Objective, type User } from "@/db/schema";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { actorFor, createComment as insertComment, createConsultation, createPrinciples, createUser } from "@/test/factories";
import { createComment, deleteComment, setEndorsement } from "./mutations";
import { openThreadsOf } from "./open-threads";
import { threadQuerySchema, type ThreadQuery } from "./schemas";
import { listThread, THREAD_PAGE_SIZE } from "./thread";

const query = (params: Record<string, string> = {}): ThreadQuery => threadQuerySchema.parse(params);

/** Inserts n top-level comments with distinct times, oldest first, in one statement. */
async function bulkRoots(objective: Objective, author: User, n: number, start = Date.UTC(2026, 0, 1)) {
  const rows = Array.from({ length: n }, (_, i) => {
    const id = randomUUID();
    return {
      id,
      rootId: id,
      consultationId: objective.consultationId,
      objectiveId: objective.id,
      authorId: author.id,
      body: `Comment ${i}`,
      locale: "en",
      stance: "supports" as const,
      status: "published" as const,
      createdAt: new Date(start + i * 1000),
    };
  });
  for (let i = 0; i < rows.length; i += 1000) await getDb().insert(comments).values(rows.slice(i, i + 1000));
  return rows;
}

async function page(actor: Actor, objective: Objective, params: Record<string, string> = {}) {
  const consultation = await getDb().query.consultations.findFirst({ where: (c, { eq }) => eq(c.id, objective.consultationId) });
  return listThread(actor, consultation!, objective, { ...query(params), at: params.at, openRoots: openThreadsOf(params.replies) });
}

describe("listThread", () => {
  it("pages top-level comments 20 at a time with a keyset cursor, in every sort", async () => {
    const { objectives } = await createConsultation();
    const author = await createUser();
    const rows = await bulkRoots(objectives[0], author, 45);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const result = await page(ANONYMOUS, objectives[0], after ? { after } : {});
      expect(result.total).toBe(45);
      seen.push(...result.roots.map((r) => r.id));
      after = result.nextCursor ?? undefined;
    } while (after);
    expect(seen).toEqual(rows.map((r) => r.id).reverse());

    const oldest = await page(ANONYMOUS, objectives[0], { sort: "oldest" });
    expect(oldest.roots.map((r) => r.id)).toEqual(rows.slice(0, THREAD_PAGE_SIZE).map((r) => r.id));
    const next = await page(ANONYMOUS, objectives[0], { sort: "oldest", after: oldest.nextCursor! });
    expect(next.roots[0].id).toBe(rows[THREAD_PAGE_SIZE].id);
  });

  it("sorts by most endorsed, then newest", async () => {
    const { objectives } = await createConsultation();
    const author = await createUser();
    const rows = await bulkRoots(objectives[0], author, 3);
    const endorser = await actorFor(await createUser());
    await setEndorsement(endorser, rows[0].id, true);
    const result = await page(ANONYMOUS, objectives[0], { sort: "endorsed" });
    expect(result.roots.map((r) => r.id)).toEqual([rows[0].id, rows[2].id, rows[1].id]);
  });

  it("nests replies under their parents and places a deleted parent as a placeholder", async () => {
    const { objectives } = await createConsultation();
    const alice = await createUser({ publicationPreference: "pseudonym" });
    const bob = await actorFor(await createUser());
    const root = await createComment(await actorFor(alice), { objectiveId: objectives[0].id, body: "Root", stance: "supports", locale: "en", tags: [], idempotencyKey: randomUUID() });
    const reply = await createComment(bob, { objectiveId: objectives[0].id, parentId: root.id, body: "Reply", stance: "question", locale: "en", tags: [], idempotencyKey: randomUUID() });
    await createComment(await actorFor(alice), { objectiveId: objectives[0].id, parentId: reply.id, body: "Reply to reply", stance: "supports", locale: "en", tags: [], idempotencyKey: randomUUID() });
    await deleteComment(bob, reply.id);

    // Closed, the thread says how many replies it has without reading them.
    const [closed] = (await page(ANONYMOUS, objectives[0])).roots;
    expect(closed).toMatchObject({ replyTotal: 1, repliesShown: false, replies: [] });

    const [thread] = (await page(ANONYMOUS, objectives[0], { replies: root.id })).roots;
    expect(thread.author).toMatchObject({ name: null, organization: null, pseudonym: alice.pseudonym });
    expect(thread).toMatchObject({ replyTotal: 1, repliesShown: true });
    expect(thread.replies).toHaveLength(1);
    expect(thread.replies[0]).toMatchObject({ deleted: true, body: null, depth: 1 });
    expect(thread.replies[0]).toMatchObject({ replyTotal: 1, repliesShown: true });
    expect(thread.replies[0].replies[0]).toMatchObject({ body: "Reply to reply", depth: 2, replyTotal: 0 });
  });

  it("counts and opens only the replies the reader may see", async () => {
    const { objectives } = await createConsultation({ moderationMode: "pre" });
    const author = await createUser();
    const [root] = await bulkRoots(objectives[0], author, 1);
    const replier = await createUser();
    await insertComment(objectives[0], replier, { parentId: root.id, rootId: root.id, depth: 1, body: "Published" });
    await insertComment(objectives[0], replier, { parentId: root.id, rootId: root.id, depth: 1, body: "Waiting", status: "pending" });

    const [visitor] = (await page(ANONYMOUS, objectives[0], { replies: root.id })).roots;
    expect(visitor.replyTotal).toBe(1);
    expect(visitor.replies.map((r) => r.body)).toEqual(["Published"]);
    const [own] = (await page(await actorFor(replier), objectives[0], { replies: root.id })).roots;
    expect(own.replyTotal).toBe(2);
    expect(own.replies.map((r) => r.body)).toEqual(["Published", "Waiting"]);
    // A thread not on the page, or an id that is no thread, opens nothing.
    const [other] = (await page(ANONYMOUS, objectives[0], { replies: `${randomUUID()},not-an-id` })).roots;
    expect(other).toMatchObject({ replyTotal: 1, repliesShown: false, replies: [] });
  });

  it("shows a pending comment to its author only", async () => {
    const { objectives } = await createConsultation({ moderationMode: "pre" });
    const author = await createUser();
    await insertComment(objectives[0], author, { status: "pending", body: "Waiting" });
    expect((await page(ANONYMOUS, objectives[0])).roots).toHaveLength(0);
    expect((await page(await actorFor(await createUser()), objectives[0])).roots).toHaveLength(0);
    const own = await page(await actorFor(author), objectives[0]);
    expect(own.roots.map((r) => [r.body, r.status])).toEqual([["Waiting", "pending"]]);
  });

  it("filters by group, region, country, stance, principle, language and official mark, combined", async () => {
    const { consultation, objectives } = await createConsultation();
    const [principle] = await createPrinciples(consultation, ["gender-responsive"]);
    const delegate = await createUser({ stakeholderGroup: "member_state", affiliationStatus: "verified", country: "MX" });
    const ngo = await createUser({ stakeholderGroup: "civil_society", country: "KE" });
    const official = await insertComment(objectives[0], delegate, { official: true, stance: "concerns", locale: "es" });
    const tagged = await insertComment(objectives[0], ngo, { stance: "supports", locale: "en" });
    await getDb().insert(commentTags).values({ commentId: tagged.id, tagId: principle.id });

    // The count joins the authors only for group, region and country: it must agree with the page either way.
    const ids = async (params: Record<string, string>) => {
      const result = await page(ANONYMOUS, objectives[0], params);
      expect(result.total, JSON.stringify(params)).toBe(result.roots.length);
      return result.roots.map((r) => r.id);
    };
    expect(await ids({ group: "member_state" })).toEqual([official.id]);
    expect(await ids({ region: "africa" })).toEqual([tagged.id]);
    expect(await ids({ region: "americas", country: "MX" })).toEqual([official.id]);
    expect(await ids({ stance: "supports" })).toEqual([tagged.id]);
    expect(await ids({ principle: "gender-responsive" })).toEqual([tagged.id]);
    expect(await ids({ language: "es" })).toEqual([official.id]);
    expect(await ids({ official: "1" })).toEqual([official.id]);
    expect(await ids({ official: "1", group: "civil_society" })).toEqual([]);
    // Unknown values are ignored rather than refused: a shared link never breaks the page.
    expect((await ids({ group: "pirates", sort: "sideways" })).sort()).toEqual([official.id, tagged.id].sort());
  });

  it("starts the page at a permalinked thread", async () => {
    const { objectives } = await createConsultation();
    const rows = await bulkRoots(objectives[0], await createUser(), 30);
    const target = rows[5];
    const result = await page(ANONYMOUS, objectives[0], { at: target.id });
    expect(result.roots[0].id).toBe(target.id);
  });

  it("tells each reader what they may do", async () => {
    const { objectives } = await createConsultation();
    const author = await createUser();
    await insertComment(objectives[0], author);
    const [mine] = (await page(await actorFor(author), objectives[0])).roots;
    expect(mine.viewer).toMatchObject({ isAuthor: true, can: { reply: true, edit: true, delete: true, endorse: false, flag: false, viewRevisions: true } });
    const [theirs] = (await page(await actorFor(await createUser()), objectives[0])).roots;
    expect(theirs.viewer).toMatchObject({ isAuthor: false, can: { reply: true, edit: false, delete: false, endorse: true, flag: true, viewRevisions: false } });
    const [anonymous] = (await page(ANONYMOUS, objectives[0])).roots;
    expect(anonymous.viewer.can).toEqual({ reply: false, edit: false, delete: false, endorse: false, flag: false, viewRevisions: false });
  });

  it("runs the same number of queries for 20 and 2,000 comments", async () => {
    const count = async (n: number) => {
      const { objectives } = await createConsultation();
      const author = await createUser();
      const rows = await bulkRoots(objectives[0], author, n);
      // Replies under every root of the first page, and the reader's endorsements.
      const reader = await actorFor(await createUser());
      for (const root of rows.slice(-5)) {
        await insertComment(objectives[0], author, { parentId: root.id, rootId: root.id, depth: 1 });
        await setEndorsement(reader, root.id, true);
      }
      const before = queryCounter.count;
      // Every thread with replies open.
      const result = await page(reader, objectives[0], { replies: rows.slice(-5).map((r) => r.id).join(",") });
      expect(result.roots).toHaveLength(20);
      expect(result.roots.filter((r) => r.replies.length === 1)).toHaveLength(5);
      return queryCounter.count - before;
    };
    const small = await count(20);
    const large = await count(2000);
    expect(large).toBe(small);
    // listThread itself: roots (with their reply counts), total, the opened replies, the reader's endorsements and flags; plus the test's own lookup.
    expect(small).toBeLessThanOrEqual(5);
  });
});
