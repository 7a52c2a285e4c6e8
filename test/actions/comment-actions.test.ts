import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  deleteCommentAction,
  editCommentAction,
  endorseAction,
  flagAction,
  postCommentAction,
} from "@/app/[locale]/consultations/[slug]/objectives/[number]/actions";
import { getDb } from "@/db/client";
import { comments, endorsements, flags, type Comment, type Objective } from "@/db/schema";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { actorFor, appoint, createComment, createConsultation, createUser, suspend } from "@/test/factories";

/**
 * The participation actions called as raw requests by every kind of actor. Only the request context
 * (session lookup, cache revalidation) is stood in for; the domain and the database are real.
 */

const request = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => request.actor }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

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
