import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  liftSuspensionAction,
  participantNoteAction,
  suspendAction,
} from "@/app/[locale]/(site)/consultations/[slug]/moderation/participants/[userId]/actions";
import { getDb } from "@/db/client";
import { auditLog, comments, notes, suspensions, type Comment } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createComment, MODERATE_REFUSAL, MODERATION_ACTOR_KINDS, moderationScene, suspend } from "@/test/factories";

/** The participant page's actions called as raw requests by every kind of actor. */

const request = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => request.actor }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en", getTranslations: async () => (key: string) => key }));

let scene: Awaited<ReturnType<typeof moderationScene>>;
let comment: Comment;
let slug: string;

beforeEach(async () => {
  scene = await moderationScene();
  slug = scene.consultation.slug;
  comment = await createComment(scene.objectives[0], scene.author);
});

async function state() {
  const db = getDb();
  const here = scene.consultation.id;
  return {
    status: (await db.select({ status: comments.status }).from(comments).where(eq(comments.id, comment.id)))[0].status,
    suspensions: await db.select().from(suspensions).where(eq(suspensions.userId, scene.author.id)),
    notes: (await db.select().from(notes).where(eq(notes.consultationId, here))).length,
    audit: (await db.select().from(auditLog).where(eq(auditLog.consultationId, here))).length,
  };
}

describe("suspendAction", () => {
  for (const kind of MODERATION_ACTOR_KINDS) {
    it(kind, async () => {
      request.actor = scene.actors[kind];
      const before = await state();
      const result = await suspendAction({ slug, userId: scene.author.id, reason: "Insults", endsOn: "2099-01-01", hideComments: true });
      if (MODERATE_REFUSAL[kind]) {
        expect(result).toEqual({ ok: false, error: MODERATE_REFUSAL[kind] });
        expect(await state()).toEqual(before);
      } else {
        expect(result).toEqual({ ok: true });
        const after = await state();
        expect(after.status).toBe("hidden");
        expect(after.suspensions).toMatchObject([{ consultationId: scene.consultation.id, reason: "Insults", endsAt: new Date("2099-01-01T00:00:00Z") }]);
      }
    });
  }

  it("needs a reason and a future end, and refuses suspending oneself", async () => {
    request.actor = scene.actors.moderator;
    const before = await state();
    expect(await suspendAction({ slug, userId: scene.author.id, reason: " ", endsOn: "" })).toEqual({ ok: false, fieldErrors: { reason: ["reasonRequired"] } });
    expect(await suspendAction({ slug, userId: scene.author.id, reason: "x", endsOn: "2001-01-01" })).toEqual({ ok: false, fieldErrors: { endsAt: ["endInPast"] } });
    expect(await suspendAction({ slug, userId: scene.author.id, reason: "x", endsOn: "tomorrow" })).toEqual({ ok: false, fieldErrors: { endsOn: ["dateInvalid"] } });
    expect(await suspendAction({ slug, userId: scene.moderator.id, reason: "x" })).toEqual({ ok: false, error: "ownSuspension" });
    expect(await state()).toEqual(before);
  });
});

describe("liftSuspensionAction", () => {
  for (const kind of MODERATION_ACTOR_KINDS) {
    it(kind, async () => {
      await suspend(scene.author, scene.consultation, "Insults");
      request.actor = scene.actors[kind];
      const before = await state();
      const result = await liftSuspensionAction({ slug, userId: scene.author.id });
      if (MODERATE_REFUSAL[kind]) {
        expect(result).toEqual({ ok: false, error: MODERATE_REFUSAL[kind] });
        expect(await state()).toEqual(before);
      } else {
        expect(result).toEqual({ ok: true });
        expect((await state()).suspensions[0].liftedAt).not.toBeNull();
      }
    });
  }

  it("says so when there is nothing to lift", async () => {
    request.actor = scene.actors.moderator;
    expect(await liftSuspensionAction({ slug, userId: scene.author.id })).toEqual({ ok: false, error: "notSuspended" });
  });
});

describe("participantNoteAction", () => {
  for (const kind of MODERATION_ACTOR_KINDS) {
    it(kind, async () => {
      request.actor = scene.actors[kind];
      const before = await state();
      const result = await participantNoteAction({ slug, userId: scene.author.id, body: "Warned by email on 3 March." });
      if (MODERATE_REFUSAL[kind]) {
        expect(result).toEqual({ ok: false, error: MODERATE_REFUSAL[kind] });
        expect(await state()).toEqual(before);
      } else {
        expect(result).toMatchObject({ ok: true, data: { body: "Warned by email on 3 March." } });
        const after = await state();
        expect([after.notes, after.audit]).toEqual([before.notes + 1, before.audit + 1]);
      }
    });
  }

  it("refuses an unknown consultation or person", async () => {
    request.actor = scene.actors.admin;
    expect(await participantNoteAction({ slug: "no-such-consultation", userId: scene.author.id, body: "x" })).toEqual({ ok: false, error: "notFound" });
    expect(await participantNoteAction({ slug, userId: "00000000-0000-4000-8000-000000000000", body: "x" })).toEqual({
      ok: false,
      error: "notFound",
    });
  });
});
