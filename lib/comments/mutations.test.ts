import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { commentRevisions, comments, commentTags, consultations, endorsements, flags } from "@/db/schema";
import { ANONYMOUS } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { actorFor, appoint, createComment as insertComment, createConsultation, createPrinciples, createUser, suspend } from "@/test/factories";
import { createComment, deleteComment, editComment, flagComment, setEndorsement } from "./mutations";
import { listRevisions } from "./revisions";
import type { CommentInput } from "./schemas";

async function setup(overrides: Parameters<typeof createConsultation>[0] = {}) {
  const { consultation, objectives } = await createConsultation({ languages: ["en", "fr", "ar"], ...overrides });
  const author = await createUser({ stakeholderGroup: "diaspora" });
  return { consultation, objective: objectives[0], other: objectives[1], author, actor: await actorFor(author) };
}

const input = (objectiveId: string, overrides: Partial<CommentInput> = {}): CommentInput => ({
  objectiveId,
  body: "Regular pathways need portable social protection.",
  stance: "proposes_change",
  locale: "en",
  tags: [],
  idempotencyKey: randomUUID(),
  ...overrides,
});

async function row(id: string) {
  const [found] = await getDb().select().from(comments).where(eq(comments.id, id));
  return found;
}

describe("createComment", () => {
  it("publishes a top-level comment in a post-moderated consultation, with its tags", async () => {
    const { consultation, objective, actor } = await setup();
    const [principle] = await createPrinciples(consultation, ["human-rights"]);
    const created = await createComment(actor, input(objective.id, { tags: ["human-rights"] }));
    expect(created).toMatchObject({ status: "published", duplicate: false });
    expect(await row(created.id)).toMatchObject({ depth: 0, rootId: created.id, parentId: null, official: false, locale: "en" });
    expect(await getDb().select().from(commentTags).where(eq(commentTags.commentId, created.id))).toEqual([
      { commentId: created.id, tagId: principle.id },
    ]);
  });

  it("keeps a comment pending in a pre-moderated consultation", async () => {
    const { objective, actor } = await setup({ moderationMode: "pre" });
    expect((await createComment(actor, input(objective.id))).status).toBe("pending");
  });

  it("marks a verified Member State's comment official, not a pending one's", async () => {
    const { objective } = await setup();
    const verified = await actorFor(await createUser({ stakeholderGroup: "member_state", affiliationStatus: "verified" }));
    const pending = await actorFor(await createUser({ stakeholderGroup: "member_state", affiliationStatus: "pending" }));
    expect((await row((await createComment(verified, input(objective.id))).id)).official).toBe(true);
    expect((await row((await createComment(pending, input(objective.id))).id)).official).toBe(false);
  });

  it("creates one comment for a repeated submission (double click, retry)", async () => {
    const { objective, actor, author } = await setup();
    const submission = input(objective.id);
    const results = await Promise.all([createComment(actor, submission), createComment(actor, submission)]);
    expect(results[0].id).toBe(results[1].id);
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(await getDb().select().from(comments).where(eq(comments.authorId, author.id))).toHaveLength(1);
  });

  it("counts a repeated reply once on its parent", async () => {
    const { objective, actor } = await setup();
    const { id: parentId } = await createComment(actor, input(objective.id));
    const replier = await actorFor(await createUser());
    const reply = input(objective.id, { parentId });
    const results = await Promise.all([createComment(replier, reply), createComment(replier, reply)]);
    expect(results[0].id).toBe(results[1].id);
    expect((await row(parentId)).replyCount).toBe(1);
  });

  it("publishes the corrected text when a retry after a lost answer changed it", async () => {
    const { objective, actor } = await setup();
    const first = input(objective.id, { body: "First wording" });
    const { id } = await createComment(actor, first);
    const retry = await createComment(actor, { ...first, body: "Corrected wording", stance: "concerns" });
    expect(retry).toMatchObject({ id, duplicate: true });
    expect(await row(id)).toMatchObject({ body: "Corrected wording", stance: "concerns" });
    expect((await listRevisions(actor, id)).map((r) => r.body)).toEqual(["First wording"]);
  });

  it("threads replies to depth 3, counting them on the parent", async () => {
    const { objective, actor } = await setup();
    const replier = await actorFor(await createUser());
    let parentId = (await createComment(actor, input(objective.id))).id;
    const rootId = parentId;
    for (let depth = 1; depth <= 3; depth++) {
      const reply = await createComment(replier, input(objective.id, { parentId }));
      expect(await row(reply.id)).toMatchObject({ depth, rootId, parentId });
      expect((await row(parentId)).replyCount).toBe(1);
      parentId = reply.id;
    }
    await expect(createComment(actor, input(objective.id, { parentId }))).rejects.toMatchObject({ reason: "maxDepth" });
  });

  it("refuses replies to deleted or hidden comments and across objectives", async () => {
    const { objective, other, actor, author } = await setup();
    const deleted = await insertComment(objective, author, { deletedAt: new Date() });
    const hidden = await insertComment(objective, author, { status: "hidden" });
    const elsewhere = await insertComment(other, author);
    await expect(createComment(actor, input(objective.id, { parentId: deleted.id }))).rejects.toMatchObject({ reason: "commentUnavailable" });
    await expect(createComment(actor, input(objective.id, { parentId: hidden.id }))).rejects.toMatchObject({ reason: "commentUnavailable" });
    await expect(createComment(actor, input(objective.id, { parentId: elsewhere.id }))).rejects.toMatchObject({ code: "replyAcrossObjectives" });
  });

  it("refuses unknown tags and languages the consultation does not offer", async () => {
    const { objective, actor } = await setup();
    await expect(createComment(actor, input(objective.id, { tags: ["nope"] }))).rejects.toMatchObject({ code: "tagUnknown", field: "tags" });
    await expect(createComment(actor, input(objective.id, { locale: "zh" }))).rejects.toMatchObject({ code: "languageNotOffered" });
  });

  it("refuses anonymous, suspended, closed, and draft-outsider writers, changing nothing", async () => {
    const { consultation, objective, author } = await setup();
    await expect(createComment(ANONYMOUS, input(objective.id))).rejects.toBeInstanceOf(ForbiddenError);
    const suspended = await createUser();
    await suspend(suspended, consultation);
    await expect(createComment(await actorFor(suspended), input(objective.id))).rejects.toMatchObject({ reason: "suspended" });
    const closed = await setup({ status: "closed" });
    await expect(createComment(closed.actor, input(closed.objective.id))).rejects.toMatchObject({ reason: "consultationNotOpen" });
    const draft = await setup({ status: "draft" });
    await expect(createComment(draft.actor, input(draft.objective.id))).rejects.toBeInstanceOf(NotFoundError);
    expect(await getDb().select().from(comments).where(eq(comments.authorId, author.id))).toHaveLength(0);
  });
});

describe("editComment", () => {
  it("keeps the previous version as a revision, visible to the author and staff only", async () => {
    const { consultation, objective, actor } = await setup();
    const { id } = await createComment(actor, input(objective.id, { body: "First version" }));
    await editComment(actor, { commentId: id, body: "Second version", stance: "concerns", locale: "fr", tags: [] });
    expect(await row(id)).toMatchObject({ body: "Second version", stance: "concerns", locale: "fr" });
    expect((await row(id)).editedAt).toBeInstanceOf(Date);
    const revisions = await listRevisions(actor, id);
    expect(revisions.map((r) => [r.body, r.stance])).toEqual([["First version", "proposes_change"]]);

    const moderator = await createUser();
    await appoint(moderator, consultation, "moderator");
    expect(await listRevisions(await actorFor(moderator), id)).toHaveLength(1);
    await expect(listRevisions(await actorFor(await createUser()), id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listRevisions(ANONYMOUS, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("records nothing when nothing changed", async () => {
    const { objective, actor } = await setup();
    const { id } = await createComment(actor, input(objective.id));
    await editComment(actor, { commentId: id, body: input("").body, stance: "proposes_change", locale: "en", tags: [] });
    expect(await getDb().select().from(commentRevisions).where(eq(commentRevisions.commentId, id))).toHaveLength(0);
    expect((await row(id)).editedAt).toBeNull();
  });

  it("refuses someone else's comment and a closed consultation", async () => {
    const { objective, actor, consultation } = await setup();
    const { id } = await createComment(actor, input(objective.id, { body: "Mine" }));
    const intruder = await actorFor(await createUser());
    const edit = { commentId: id, body: "Hijacked", stance: "supports" as const, locale: "en" as const, tags: [] };
    await expect(editComment(intruder, edit)).rejects.toMatchObject({ reason: "notAuthor" });
    await getDb().update(consultations).set({ status: "closed" }).where(eq(consultations.id, consultation.id));
    await expect(editComment(actor, edit)).rejects.toMatchObject({ reason: "consultationNotOpen" });
    expect((await row(id)).body).toBe("Mine");
  });
});

describe("deleteComment", () => {
  it("soft-deletes one's own comment and keeps its replies", async () => {
    const { objective, actor } = await setup();
    const { id } = await createComment(actor, input(objective.id, { body: "To be deleted" }));
    const reply = await createComment(await actorFor(await createUser()), input(objective.id, { parentId: id }));
    await deleteComment(actor, id);
    expect(await row(id)).toMatchObject({ body: "To be deleted", deletedAt: expect.any(Date) });
    expect((await row(reply.id)).parentId).toBe(id);
    await expect(deleteComment(actor, id)).rejects.toMatchObject({ reason: "commentUnavailable" });
  });

  it("refuses someone else's comment", async () => {
    const { objective, actor } = await setup();
    const { id } = await createComment(actor, input(objective.id));
    await expect(deleteComment(await actorFor(await createUser()), id)).rejects.toMatchObject({ reason: "notAuthor" });
    expect((await row(id)).deletedAt).toBeNull();
  });
});

describe("setEndorsement", () => {
  it("counts endorsements by stakeholder group and lets them be withdrawn", async () => {
    const { objective, actor } = await setup();
    const { id } = await createComment(actor, input(objective.id));
    const civil = await actorFor(await createUser({ stakeholderGroup: "civil_society" }));
    const state = await actorFor(await createUser({ stakeholderGroup: "member_state" }));
    await setEndorsement(civil, id, true);
    expect(await setEndorsement(state, id, true)).toEqual({
      endorsed: true,
      endorsementCount: 2,
      endorsementsByGroup: { civil_society: 1, member_state: 1 },
    });
    expect(await setEndorsement(civil, id, false)).toMatchObject({
      endorsed: false,
      endorsementCount: 1,
      endorsementsByGroup: { civil_society: 0, member_state: 1 },
    });
    // Withdrawing twice changes nothing.
    expect((await setEndorsement(civil, id, false)).endorsementCount).toBe(1);
  });

  it("gives one row for 20 parallel endorsements by one person", async () => {
    const { objective, actor } = await setup();
    const { id } = await createComment(actor, input(objective.id));
    const endorser = await actorFor(await createUser());
    await Promise.all(Array.from({ length: 20 }, () => setEndorsement(endorser, id, true)));
    expect(await getDb().select().from(endorsements).where(eq(endorsements.commentId, id))).toHaveLength(1);
    expect((await row(id)).endorsementCount).toBe(1);
  });

  it("refuses endorsing one's own comment", async () => {
    const { objective, actor } = await setup();
    const { id } = await createComment(actor, input(objective.id));
    await expect(setEndorsement(actor, id, true)).rejects.toMatchObject({ reason: "ownComment" });
    expect((await row(id)).endorsementCount).toBe(0);
  });
});

describe("flagComment", () => {
  it("records one flag per person with its reason", async () => {
    const { objective, actor } = await setup();
    const { id } = await createComment(actor, input(objective.id));
    const flagger = await actorFor(await createUser());
    await flagComment(flagger, { commentId: id, reason: "off_topic", note: "" });
    await expect(flagComment(flagger, { commentId: id, reason: "spam", note: "" })).rejects.toMatchObject({ code: "alreadyFlagged" });
    expect(await getDb().select().from(flags).where(eq(flags.commentId, id))).toEqual([
      expect.objectContaining({ reason: "off_topic" }),
    ]);
    expect((await row(id)).flagCount).toBe(1);
  });

  it("refuses flagging one's own comment or as anonymous", async () => {
    const { objective, actor } = await setup();
    const { id } = await createComment(actor, input(objective.id));
    await expect(flagComment(actor, { commentId: id, reason: "spam", note: "" })).rejects.toMatchObject({ reason: "ownComment" });
    await expect(flagComment(ANONYMOUS, { commentId: id, reason: "spam", note: "" })).rejects.toMatchObject({ reason: "signInRequired" });
  });
});
