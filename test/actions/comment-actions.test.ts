import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  deleteCommentAction,
  editCommentAction,
  endorseAction,
  flagAction,
  loadMoreCommentsAction,
  postCommentAction,
  revisionsAction,
} from "@/app/[locale]/(site)/consultations/[slug]/objectives/[number]/actions";
import { getDb } from "@/db/client";
import { comments, endorsements, flags, type Comment, type Objective } from "@/db/schema";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { listThread } from "@/lib/comments/thread";
import { actorFor, appoint, createComment, createConsultation, createUser, suspend } from "@/test/factories";

/**
 * The participation actions called as raw requests by every kind of actor. Only the request context
 * (session lookup, cache revalidation) is stood in for; the domain and the database are real.
 */

const request = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => request.actor }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en", getTranslations: async () => (key: string) => key }));

const KINDS = ["anonymous", "participant", "author", "suspended", "moderatorElsewhere"] as const;
type Kind = (typeof KINDS)[number];

let objective: Objective;
let target: Comment;
const actors = {} as Record<Kind, Actor>;

beforeEach(async () => {
  const here = await createConsultation();
  const elsewhere = await createConsultation();
  objective = here.objectives[0];
  const author = await createUser();
  target = await createComment(objective, author, { body: "The original text" });
  const suspended = await createUser();
  await suspend(suspended, here.consultation);
  const moderator = await createUser();
  await appoint(moderator, elsewhere.consultation, "moderator");
  actors.anonymous = ANONYMOUS;
  actors.participant = await actorFor(await createUser());
  actors.author = await actorFor(author);
  actors.suspended = await actorFor(suspended);
  actors.moderatorElsewhere = await actorFor(moderator);
});

async function stored() {
  const [row] = await getDb().select().from(comments).where(eq(comments.id, target.id));
  return row;
}

const REFUSAL: Record<Kind, string | null> = {
  anonymous: "forbidden.signInRequired",
  participant: null,
  author: null,
  suspended: "forbidden.suspended",
  moderatorElsewhere: null,
};

describe("postCommentAction (top-level and reply)", () => {
  for (const kind of KINDS) {
    it(kind, async () => {
      request.actor = actors[kind];
      const post = { objectiveId: objective.id, body: "New text", stance: "supports", locale: "en", tags: [], idempotencyKey: randomUUID() };
      const results = [await postCommentAction(post), await postCommentAction({ ...post, parentId: target.id, idempotencyKey: randomUUID() })];
      const mine = await getDb().select().from(comments).where(eq(comments.body, "New text"));
      if (REFUSAL[kind]) {
        for (const result of results) expect(result).toEqual({ ok: false, error: REFUSAL[kind] });
        expect(mine.filter((c) => c.objectiveId === objective.id)).toHaveLength(0);
      } else {
        for (const result of results) expect(result).toMatchObject({ ok: true, data: { status: "published" } });
        expect((await stored()).replyCount).toBe(1);
      }
    });
  }

  it("bad input: field errors, nothing created", async () => {
    request.actor = actors.participant;
    const result = await postCommentAction({ objectiveId: objective.id, body: "   ", stance: "angry", locale: "xx", idempotencyKey: "nope" });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { body: ["commentEmpty"], stance: ["stanceUnknown"], locale: ["languageUnknown"] },
    });
    const tooLong = await postCommentAction({ objectiveId: objective.id, body: "x".repeat(5001), stance: "supports", locale: "en", idempotencyKey: randomUUID() });
    expect(tooLong).toMatchObject({ ok: false, fieldErrors: { body: ["commentTooLong"] } });
  });
});

describe("editCommentAction", () => {
  for (const kind of KINDS) {
    it(kind, async () => {
      request.actor = actors[kind];
      const result = await editCommentAction({ commentId: target.id, body: "Edited", stance: "concerns", locale: "en", tags: [] });
      if (kind === "author") {
        expect(result).toEqual({ ok: true });
        expect((await stored()).body).toBe("Edited");
      } else {
        expect(result).toEqual({ ok: false, error: REFUSAL[kind] ?? "forbidden.notAuthor" });
        expect((await stored()).body).toBe("The original text");
      }
    });
  }
});

describe("deleteCommentAction", () => {
  for (const kind of KINDS) {
    it(kind, async () => {
      request.actor = actors[kind];
      const result = await deleteCommentAction({ commentId: target.id });
      if (kind === "author") {
        expect(result).toEqual({ ok: true });
        expect((await stored()).deletedAt).not.toBeNull();
      } else {
        expect(result).toEqual({ ok: false, error: REFUSAL[kind] ?? "forbidden.notAuthor" });
        expect((await stored()).deletedAt).toBeNull();
      }
    });
  }
});

describe("endorseAction", () => {
  for (const kind of KINDS) {
    it(kind, async () => {
      request.actor = actors[kind];
      const result = await endorseAction({ commentId: target.id, endorse: true });
      const rows = await getDb().select().from(endorsements).where(eq(endorsements.commentId, target.id));
      if (kind === "participant" || kind === "moderatorElsewhere") {
        expect(result).toMatchObject({ ok: true, data: { endorsed: true, endorsementCount: 1 } });
        expect(rows).toHaveLength(1);
      } else {
        expect(result).toEqual({ ok: false, error: REFUSAL[kind] ?? "forbidden.ownComment" });
        expect(rows).toHaveLength(0);
      }
    });
  }
});

describe("flagAction", () => {
  for (const kind of KINDS) {
    it(kind, async () => {
      request.actor = actors[kind];
      const result = await flagAction({ commentId: target.id, reason: "other", note: "Shares a phone number" });
      const rows = await getDb().select().from(flags).where(eq(flags.commentId, target.id));
      if (kind === "participant" || kind === "moderatorElsewhere") {
        expect(result).toEqual({ ok: true });
        expect(rows).toHaveLength(1);
      } else {
        expect(result).toEqual({ ok: false, error: REFUSAL[kind] ?? "forbidden.ownComment" });
        expect(rows).toHaveLength(0);
      }
    });
  }

  it("a note is required for the reason 'other'", async () => {
    request.actor = actors.participant;
    expect(await flagAction({ commentId: target.id, reason: "other", note: "" })).toEqual({
      ok: false,
      fieldErrors: { note: ["flagNoteRequired"] },
    });
  });
});

describe("revisionsAction", () => {
  for (const kind of KINDS) {
    it(kind, async () => {
      request.actor = actors.author;
      await editCommentAction({ commentId: target.id, body: "Edited", stance: "concerns", locale: "en", tags: [] });
      request.actor = actors[kind];
      const result = await revisionsAction({ commentId: target.id });
      if (kind === "author") {
        expect(result).toMatchObject({ ok: true, data: [{ body: "The original text" }] });
      } else {
        // Earlier versions are the author's and the staff's business: to anyone else they do not exist.
        expect(result).toEqual({ ok: false, error: "notFound" });
      }
    });
  }

  it("a moderator of this consultation reads them", async () => {
    request.actor = actors.author;
    await editCommentAction({ commentId: target.id, body: "Edited", stance: "concerns", locale: "en", tags: [] });
    const moderator = await createUser();
    await appoint(moderator, (await getDb().query.consultations.findFirst({ where: (c, { eq: is }) => is(c.id, objective.consultationId) }))!, "moderator");
    request.actor = await actorFor(moderator);
    expect(await revisionsAction({ commentId: target.id })).toMatchObject({ ok: true, data: [{ body: "The original text" }] });
  });
});

describe("loadMoreCommentsAction", () => {
  it("renders the next page for any reader, and refuses what the reader may not see", async () => {
    const consultation = (await getDb().query.consultations.findFirst({ where: (c, { eq: is }) => is(c.id, objective.consultationId) }))!;
    const author = await createUser();
    for (let i = 0; i < 21; i++) await createComment(objective, author, { createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) });
    const first = await listThread(ANONYMOUS, consultation, objective, { sort: "newest" });
    for (const kind of KINDS) {
      request.actor = actors[kind];
      const more = await loadMoreCommentsAction({ slug: consultation.slug, number: objective.number, query: {} }, first.nextCursor);
      expect(more.nextCursor).toBeNull();
      expect((more.content as { props: { comments: unknown[] } }).props.comments).toHaveLength(2);
    }
    await expect(loadMoreCommentsAction({ slug: "no-such-consultation", number: 1, query: {} }, first.nextCursor)).rejects.toThrow();
    await expect(loadMoreCommentsAction("garbage", 42)).rejects.toThrow();
    const { consultation: draft } = await createConsultation({ status: "draft" });
    request.actor = actors.participant;
    await expect(loadMoreCommentsAction({ slug: draft.slug, number: 1, query: {} }, first.nextCursor)).rejects.toThrow();
  });
});
