import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  addReasonAction,
  moveReasonAction,
  removeReasonAction,
  renameReasonAction,
} from "@/app/[locale]/(site)/consultations/[slug]/moderation/reasons/actions";
import { getDb } from "@/db/client";
import { auditLog, reasonTemplates } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { decide } from "@/lib/moderation/decisions";
import { createComment, MODERATION_ACTOR_KINDS, moderationScene, type ModerationActorKind } from "@/test/factories";

/** The reason editor's actions called as raw requests by every kind of actor: the secretariat's and admins' tool. */

const request = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => request.actor }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en", getTranslations: async () => (key: string) => key }));

const REFUSAL: Record<ModerationActorKind, string | null> = {
  anonymous: "forbidden.signInRequired",
  participant: "forbidden.notStaff",
  author: "forbidden.notStaff",
  moderatorElsewhere: "forbidden.notStaff",
  moderator: "forbidden.notStaff",
  secretariat: null,
  admin: null,
  suspendedModerator: "forbidden.notStaff",
};

let scene: Awaited<ReturnType<typeof moderationScene>>;
let slug: string;

beforeEach(async () => {
  scene = await moderationScene();
  slug = scene.consultation.slug;
});

async function state() {
  const db = getDb();
  return {
    templates: await db
      .select({ id: reasonTemplates.id, code: reasonTemplates.code, label: reasonTemplates.label, position: reasonTemplates.position })
      .from(reasonTemplates)
      .where(eq(reasonTemplates.consultationId, scene.consultation.id))
      .orderBy(asc(reasonTemplates.position)),
    audit: (await db.select().from(auditLog).where(eq(auditLog.consultationId, scene.consultation.id))).length,
  };
}

const ACTIONS = {
  add: async () => addReasonAction({ slug, label: "Hate speech" }),
  rename: async (id: string) => renameReasonAction({ slug, id, label: "Unsolicited advertising" }),
  move: async (id: string) => moveReasonAction({ slug, id, direction: "down" }),
  remove: async (id: string) => removeReasonAction({ slug, id }),
};

for (const [name, call] of Object.entries(ACTIONS)) {
  describe(`${name}ReasonAction`, () => {
    for (const kind of MODERATION_ACTOR_KINDS) {
      it(kind, async () => {
        request.actor = scene.actors[kind];
        const before = await state();
        const result = await call(before.templates[0].id);
        if (REFUSAL[kind]) {
          expect(result).toEqual({ ok: false, error: REFUSAL[kind] });
          expect(await state()).toEqual(before);
        } else {
          expect(result).toMatchObject({ ok: true });
          const after = await state();
          expect(after.audit).toBe(before.audit + 1);
          expect(after.templates).not.toEqual(before.templates);
        }
      });
    }
  });
}

describe("reason actions: what the form is told", () => {
  it("refuses a duplicate label beside the field, and removing a reason past decisions cite", async () => {
    request.actor = scene.actors.secretariat;
    expect(await addReasonAction({ slug, label: "spam" })).toEqual({ ok: false, fieldErrors: { label: ["reasonLabelTaken"] } });
    expect(await addReasonAction({ slug, label: "  " })).toEqual({ ok: false, fieldErrors: { label: ["required"] } });
    const comment = await createComment(scene.objectives[0], scene.author);
    await decide(scene.actors.moderator, { commentId: comment.id, action: "hide", reasonCode: "spam" });
    const before = await state();
    expect(await removeReasonAction({ slug, id: before.templates[0].id })).toEqual({ ok: false, error: "reasonInUse" });
    expect(await state()).toEqual(before);
  });
});
