import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { bulkDecideAction, commentNoteAction, decideAction } from "@/app/[locale]/(site)/consultations/[slug]/moderation/actions";
import { getDb } from "@/db/client";
import { auditLog, comments, moderationDecisions, notes, type Comment } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createComment, MODERATE_REFUSAL, MODERATION_ACTOR_KINDS, moderationScene } from "@/test/factories";

/**
 * The moderation workspace's actions called as raw requests by every kind of actor. Only the request
 * context (session lookup, cache revalidation) is stood in for; the domain and the database are real.
 */

const request = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => request.actor }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en", getTranslations: async () => (key: string) => key }));

let scene: Awaited<ReturnType<typeof moderationScene>>;
let published: Comment;
let pending: Comment;

beforeEach(async () => {
  scene = await moderationScene();
  published = await createComment(scene.objectives[0], scene.author, { body: "Published text" });
  pending = await createComment(scene.objectives[0], scene.author, { body: "Pending text", status: "pending" });
});

async function state() {
  const db = getDb();
  const ids = [published.id, pending.id];
  const rows = await db.select({ id: comments.id, status: comments.status, reviewedAt: comments.reviewedAt }).from(comments);
  return {
    comments: rows.filter((r) => ids.includes(r.id)).sort((a, b) => a.id.localeCompare(b.id)),
    decisions: (await db.select().from(moderationDecisions).where(eq(moderationDecisions.consultationId, scene.consultation.id))).length,
    notes: (await db.select().from(notes).where(eq(notes.consultationId, scene.consultation.id))).length,
    audit: (await db.select().from(auditLog).where(eq(auditLog.consultationId, scene.consultation.id))).length,
  };
}

describe("decideAction", () => {
  for (const kind of MODERATION_ACTOR_KINDS) {
    it(kind, async () => {
      request.actor = scene.actors[kind];
      const before = await state();
      const results = [
        await decideAction({ commentId: published.id, action: "hide", reasonCode: "spam", reasonText: "Advert" }),
        await decideAction({ commentId: pending.id, action: "approve" }),
      ];
      if (MODERATE_REFUSAL[kind]) {
        for (const result of results) expect(result).toEqual({ ok: false, error: MODERATE_REFUSAL[kind] });
        expect(await state()).toEqual(before);
      } else {
        expect(results).toEqual([{ ok: true, data: { status: "hidden" } }, { ok: true, data: { status: "published" } }]);
        const after = await state();
        expect(after.decisions).toBe(2);
        expect(after.audit).toBe(before.audit + 2);
      }
    });
  }

  it("needs a reason to hide or reject: a field error, nothing changed", async () => {
    request.actor = scene.actors.moderator;
    const before = await state();
    expect(await decideAction({ commentId: published.id, action: "hide" })).toEqual({ ok: false, fieldErrors: { reasonCode: ["reasonRequired"] } });
    expect(await decideAction({ commentId: pending.id, action: "reject", reasonCode: "made_up" })).toEqual({
      ok: false,
      fieldErrors: { reasonCode: ["reasonUnknown"] },
    });
    expect(await decideAction({ commentId: "nope", action: "explode" })).toMatchObject({ ok: false, fieldErrors: { commentId: ["notFound"], action: ["decisionUnknown"] } });
    expect(await state()).toEqual(before);
  });

  it("tells the second moderator the item was already decided", async () => {
    request.actor = scene.actors.moderator;
    await decideAction({ commentId: published.id, action: "hide", reasonCode: "spam" });
    request.actor = scene.actors.secretariat;
    const before = await state();
    expect(await decideAction({ commentId: published.id, action: "hide", reasonCode: "offensive" })).toEqual({ ok: false, error: "alreadyDecided" });
    expect(await state()).toEqual(before);
  });

  it("refuses a moderator's decision on their own comment", async () => {
    const own = await createComment(scene.objectives[0], scene.moderator);
    request.actor = scene.actors.moderator;
    expect(await decideAction({ commentId: own.id, action: "hide", reasonCode: "spam" })).toEqual({ ok: false, error: "forbidden.ownComment" });
  });
});

describe("bulkDecideAction", () => {
  for (const kind of MODERATION_ACTOR_KINDS) {
    it(kind, async () => {
      request.actor = scene.actors[kind];
      const other = await createComment(scene.objectives[0], scene.author, { body: "Another" });
      const before = await state();
      const result = await bulkDecideAction({ commentIds: [published.id, other.id], action: "hide", reasonCode: "off_topic" });
      if (MODERATE_REFUSAL[kind]) {
        expect(result).toEqual({
          ok: true,
          data: [published.id, other.id].map((commentId) => ({ commentId, outcome: "refused", error: MODERATE_REFUSAL[kind] })),
        });
        expect(await state()).toEqual(before);
      } else {
        expect(result).toEqual({
          ok: true,
          data: [published.id, other.id].map((commentId) => ({ commentId, outcome: "done", status: "hidden" })),
        });
      }
    });
  }

  it("reports an item already decided by someone else and goes on with the rest", async () => {
    const other = await createComment(scene.objectives[0], scene.author, { body: "Another" });
    request.actor = scene.actors.secretariat;
    await decideAction({ commentId: published.id, action: "hide", reasonCode: "spam" });
    request.actor = scene.actors.moderator;
    const own = await createComment(scene.objectives[0], scene.moderator);
    const result = await bulkDecideAction({ commentIds: [published.id, own.id, other.id], action: "hide", reasonCode: "duplicate" });
    expect(result).toEqual({
      ok: true,
      data: [
        { commentId: published.id, outcome: "alreadyDecided" },
        { commentId: own.id, outcome: "refused", error: "forbidden.ownComment" },
        { commentId: other.id, outcome: "done", status: "hidden" },
      ],
    });
  });

  it("refuses an empty selection, and a missing reason before changing anything", async () => {
    request.actor = scene.actors.moderator;
    const before = await state();
    expect(await bulkDecideAction({ commentIds: [], action: "review" })).toEqual({ ok: false, fieldErrors: { commentIds: ["selectionEmpty"] } });
    expect(await bulkDecideAction({ commentIds: [published.id], action: "hide" })).toEqual({ ok: false, fieldErrors: { reasonCode: ["reasonRequired"] } });
    expect(await state()).toEqual(before);
  });
});

describe("commentNoteAction", () => {
  for (const kind of MODERATION_ACTOR_KINDS) {
    it(kind, async () => {
      request.actor = scene.actors[kind];
      const before = await state();
      const result = await commentNoteAction({ commentId: published.id, body: "Asked the author for a source." });
      if (MODERATE_REFUSAL[kind]) {
        expect(result).toEqual({ ok: false, error: MODERATE_REFUSAL[kind] });
        expect(await state()).toEqual(before);
      } else {
        expect(result).toMatchObject({ ok: true, data: { body: "Asked the author for a source." } });
        const after = await state();
        expect([after.notes, after.audit]).toEqual([before.notes + 1, before.audit + 1]);
      }
    });
  }

  it("refuses an empty note", async () => {
    request.actor = scene.actors.moderator;
    expect(await commentNoteAction({ commentId: published.id, body: "   " })).toEqual({ ok: false, fieldErrors: { body: ["noteEmpty"] } });
  });
});
