import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, comments, moderationDecisions, type Objective } from "@/db/schema";
import { ANONYMOUS } from "@/lib/auth/actor";
import { flagComment } from "@/lib/comments/mutations";
import { listThread } from "@/lib/comments/thread";
import { threadQuerySchema } from "@/lib/comments/schemas";
import { actorFor, appoint, createComment, createConsultation, createUser } from "@/test/factories";
import { decide, decideMany } from "./decisions";

async function setup(overrides: Parameters<typeof createConsultation>[0] = {}) {
  const { consultation, objectives } = await createConsultation(overrides);
  const moderator = await createUser();
  await appoint(moderator, consultation, "moderator");
  return { consultation, objective: objectives[0], moderatorUser: moderator, moderator: await actorFor(moderator), author: await createUser() };
}

async function statusOf(id: string) {
  const [row] = await getDb().select({ status: comments.status, replyCount: comments.replyCount }).from(comments).where(eq(comments.id, id));
  return row;
}

async function auditFor(id: string) {
  return getDb().select().from(auditLog).where(eq(auditLog.targetId, id));
}

describe("decide", () => {
  it("approves and rejects pending comments, hides and restores published ones, each with an audit row", async () => {
    const { objective, moderator, author } = await setup({ moderationMode: "pre" });
    const pending = await createComment(objective, author, { status: "pending" });
    const other = await createComment(objective, author, { status: "pending" });
    expect(await decide(moderator, { commentId: pending.id, action: "approve" })).toEqual({ status: "published" });
    expect(await decide(moderator, { commentId: other.id, action: "reject", reasonCode: "spam", reasonText: "Link farm" })).toEqual({ status: "rejected" });
    await decide(moderator, { commentId: pending.id, action: "hide", reasonCode: "off_topic" });
    expect((await statusOf(pending.id)).status).toBe("hidden");
    await decide(moderator, { commentId: pending.id, action: "restore" });
    expect((await statusOf(pending.id)).status).toBe("published");

    const trail = await auditFor(pending.id);
    expect(trail.map((r) => [r.action, r.before, r.after])).toEqual([
      ["comment.approve", { status: "pending" }, { status: "published" }],
      ["comment.hide", { status: "published" }, { status: "hidden" }],
      ["comment.restore", { status: "hidden" }, { status: "published" }],
    ]);
    expect(trail.every((r) => r.actorId === (moderator.kind === "user" && moderator.id))).toBe(true);
    expect((await auditFor(other.id))[0].reason).toBe("spam: Link farm");
  });

  it("counts an approved reply on its parent", async () => {
    const { objective, moderator, author } = await setup({ moderationMode: "pre" });
    const root = await createComment(objective, author);
    const reply = await createComment(objective, author, { status: "pending", parentId: root.id, rootId: root.id, depth: 1 });
    await decide(moderator, { commentId: reply.id, action: "approve" });
    expect((await statusOf(root.id)).replyCount).toBe(1);
  });

  it("tells the second of two simultaneous moderators that the item was already decided", async () => {
    const { consultation, objective, moderator, author } = await setup();
    const second = await createUser();
    await appoint(second, consultation, "moderator");
    const comment = await createComment(objective, author);
    const results = await Promise.allSettled([
      decide(moderator, { commentId: comment.id, action: "hide", reasonCode: "spam" }),
      decide(await actorFor(second), { commentId: comment.id, action: "hide", reasonCode: "offensive" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "alreadyDecided" } });
    expect(await getDb().select().from(moderationDecisions).where(eq(moderationDecisions.commentId, comment.id))).toHaveLength(1);
  });

  it("needs a known reason to hide or reject, and changes nothing without one", async () => {
    const { objective, moderator, author } = await setup();
    const comment = await createComment(objective, author);
    await expect(decide(moderator, { commentId: comment.id, action: "hide" })).rejects.toMatchObject({ code: "reasonRequired" });
    await expect(decide(moderator, { commentId: comment.id, action: "hide", reasonCode: "because" })).rejects.toMatchObject({ code: "reasonUnknown" });
    expect((await statusOf(comment.id)).status).toBe("published");
    expect(await auditFor(comment.id)).toHaveLength(0);
  });

  it("refuses participants, moderators of another consultation and one's own comment", async () => {
    const { objective, moderator, moderatorUser, author } = await setup();
    const comment = await createComment(objective, author);
    const elsewhere = await createUser();
    await appoint(elsewhere, (await createConsultation()).consultation, "moderator");
    const hide = { commentId: comment.id, action: "hide" as const, reasonCode: "spam" };
    await expect(decide(ANONYMOUS, hide)).rejects.toMatchObject({ reason: "signInRequired" });
    await expect(decide(await actorFor(author), hide)).rejects.toMatchObject({ reason: "notStaff" });
    await expect(decide(await actorFor(elsewhere), hide)).rejects.toMatchObject({ reason: "notStaff" });
    const own = await createComment(objective, moderatorUser);
    await expect(decide(moderator, { ...hide, commentId: own.id })).rejects.toMatchObject({ reason: "ownComment" });
    expect((await statusOf(comment.id)).status).toBe("published");
  });
});

describe("auto-hide", () => {
  const query = threadQuerySchema.parse({});

  async function thread(objective: Objective, actor: Parameters<typeof listThread>[0]) {
    const consultation = await getDb().query.consultations.findFirst({ where: (c, { eq: is }) => is(c.id, objective.consultationId) });
    return listThread(actor, consultation!, objective, query);
  }

  it("hides a comment flagged by the threshold of distinct people, as a system decision", async () => {
    const { objective, moderator, author } = await setup({ autoHideThreshold: 2 });
    const comment = await createComment(objective, author, { body: "Contested text" });
    await flagComment(await actorFor(await createUser()), { commentId: comment.id, reason: "spam", note: "" });
    expect((await statusOf(comment.id)).status).toBe("published");
    await flagComment(await actorFor(await createUser()), { commentId: comment.id, reason: "offensive", note: "" });
    expect((await statusOf(comment.id)).status).toBe("hidden");
    const [decision] = await getDb().select().from(moderationDecisions).where(eq(moderationDecisions.commentId, comment.id));
    expect(decision).toMatchObject({ actorId: null, action: "hide", reasonCode: "flagged" });
    expect((await auditFor(comment.id)).map((r) => [r.action, r.actorId])).toEqual([["comment.autoHide", null]]);

    // Others see a placeholder with the reason; the author and staff still read the text.
    const [forOthers] = (await thread(objective, ANONYMOUS)).roots;
    expect(forOthers).toMatchObject({ status: "hidden", body: null, hiddenReason: "flagged" });
    expect((await thread(objective, await actorFor(author))).roots[0].body).toBe("Contested text");
    expect((await thread(objective, moderator)).roots[0].body).toBe("Contested text");
  });
});

describe("decideMany", () => {
  it("reports each item: done, already decided by someone else, refused (own comment, unknown)", async () => {
    const { consultation, objective, moderator, moderatorUser, author } = await setup();
    const [a, b, c] = [await createComment(objective, author), await createComment(objective, author), await createComment(objective, author)];
    const own = await createComment(objective, moderatorUser);
    const other = await createUser();
    await appoint(other, consultation, "moderator");
    await decide(await actorFor(other), { commentId: b.id, action: "hide", reasonCode: "spam" });
    const missing = "00000000-0000-4000-8000-000000000000";
    const outcomes = await decideMany(moderator, { commentIds: [a.id, b.id, own.id, missing, c.id], action: "hide", reasonCode: "offensive" });
    expect(outcomes).toEqual([
      { commentId: a.id, outcome: "done", status: "hidden" },
      { commentId: b.id, outcome: "alreadyDecided" },
      { commentId: own.id, outcome: "refused", error: "forbidden.ownComment" },
      { commentId: missing, outcome: "refused", error: "notFound" },
      { commentId: c.id, outcome: "done", status: "hidden" },
    ]);
    expect((await statusOf(own.id)).status).toBe("published");
    const decisions = await getDb().select().from(moderationDecisions).where(eq(moderationDecisions.commentId, b.id));
    expect(decisions.map((d) => d.reasonCode)).toEqual(["spam"]);
  });

  it("stops before changing anything when the reason is missing or unknown", async () => {
    const { objective, moderator, author } = await setup();
    const a = await createComment(objective, author);
    await expect(decideMany(moderator, { commentIds: [a.id], action: "hide" })).rejects.toMatchObject({ code: "reasonRequired" });
    await expect(decideMany(moderator, { commentIds: [a.id], action: "hide", reasonCode: "nope" })).rejects.toMatchObject({ code: "reasonUnknown" });
    expect((await statusOf(a.id)).status).toBe("published");
  });
});
