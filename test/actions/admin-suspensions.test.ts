import { and, eq, isNull } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { liftPlatformSuspensionAction, suspendPlatformAction } from "@/app/[locale]/(site)/admin/suspensions/actions";
import { getDb } from "@/db/client";
import { auditLog, comments, suspensions, users, type User } from "@/db/schema";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { actorFor, createComment, createConsultation, createUser, suspend } from "@/test/factories";
import { ADMIN_ACTOR_KINDS, ADMIN_REFUSAL, adminActors, type AdminActorKind } from "./admin-actors";

/**
 * Platform suspensions, called as raw requests by every kind of actor. Only the request context is
 * stood in for; the domain and the database are real.
 */

const request = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => request.actor }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let actors: Record<AdminActorKind, Actor>;
let staffUsers: Record<AdminActorKind, User | undefined>;

beforeEach(async () => {
  ({ actors, users: staffUsers } = await adminActors());
});

async function platformSuspensionsOf(user: User) {
  return getDb()
    .select()
    .from(suspensions)
    .where(and(eq(suspensions.userId, user.id), isNull(suspensions.consultationId), isNull(suspensions.liftedAt)));
}

async function trailOf(user: User) {
  return (await getDb().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, user.id))).map((r) => r.action);
}

async function sessionVersionOf(user: User) {
  return (await getDb().select({ v: users.sessionVersion }).from(users).where(eq(users.id, user.id)))[0].v;
}

describe("suspendPlatformAction", () => {
  for (const kind of ADMIN_ACTOR_KINDS) {
    it(`${kind}: suspend a participant, hiding their comments`, async () => {
      const { objectives } = await createConsultation();
      const person = await createUser();
      const comment = await createComment(objectives[0], person);
      const session = await actorFor(person);
      expect(session.kind).toBe("user");
      const version = await sessionVersionOf(person);
      request.actor = actors[kind];
      const tomorrow = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
      const result = await suspendPlatformAction({ userId: person.id, reason: "Repeated spam", endsAt: tomorrow, hideComments: true });
      const [stored] = await getDb().select().from(comments).where(eq(comments.id, comment.id));
      if (ADMIN_REFUSAL[kind]) {
        expect(result).toEqual({ ok: false, error: ADMIN_REFUSAL[kind] });
        expect(await platformSuspensionsOf(person)).toHaveLength(0);
        expect(stored.status).toBe("published");
        expect(await sessionVersionOf(person)).toBe(version);
        expect(await trailOf(person)).toEqual([]);
        return;
      }
      expect(result).toEqual({ ok: true });
      const [suspension] = await platformSuspensionsOf(person);
      expect(suspension).toMatchObject({ reason: "Repeated spam", endsAt: new Date(`${tomorrow}T00:00:00Z`) });
      expect(stored.status).toBe("hidden");
      // The session the person had is refused at its next request.
      expect(await loadActor(getDb(), person.id, version)).toEqual({ kind: "anonymous" });
      expect(await trailOf(person)).toEqual(["participant.suspendPlatform"]);
    });

    it(`${kind}: lift a platform suspension`, async () => {
      const person = await createUser();
      await suspend(person, null);
      request.actor = actors[kind];
      const result = await liftPlatformSuspensionAction({ userId: person.id, note: "Appeal accepted" });
      expect(result).toEqual(ADMIN_REFUSAL[kind] ? { ok: false, error: ADMIN_REFUSAL[kind] } : { ok: true });
      expect(await platformSuspensionsOf(person)).toHaveLength(ADMIN_REFUSAL[kind] ? 1 : 0);
      expect(await trailOf(person)).toEqual(ADMIN_REFUSAL[kind] ? [] : ["participant.unsuspendPlatform"]);
    });
  }

  it("author: an admin cannot suspend themselves", async () => {
    const self = staffUsers.admin!;
    request.actor = actors.admin;
    expect(await suspendPlatformAction({ userId: self.id, reason: "Oops" })).toEqual({ ok: false, error: "ownSuspension" });
    expect(await platformSuspensionsOf(self)).toHaveLength(0);
    expect((await actorFor(self)).kind).toBe("user");
  });

  it("the comments stay published when not asked to hide them; with no end date it is open-ended", async () => {
    const { objectives } = await createConsultation();
    const person = await createUser();
    const comment = await createComment(objectives[0], person);
    request.actor = actors.admin;
    expect(await suspendPlatformAction({ userId: person.id, reason: "Threats" })).toEqual({ ok: true });
    expect((await getDb().select().from(comments).where(eq(comments.id, comment.id)))[0].status).toBe("published");
    expect((await platformSuspensionsOf(person))[0].endsAt).toBeNull();
  });

  it("bad input: field errors, nothing changes", async () => {
    const person = await createUser();
    request.actor = actors.admin;
    expect(await suspendPlatformAction({ userId: person.id, reason: "  ", endsAt: "31/12/2030", hideComments: "yes" })).toEqual({
      ok: false,
      fieldErrors: { reason: ["required"], endsAt: ["dateInvalid"], hideComments: ["required"] },
    });
    expect(await suspendPlatformAction({ userId: person.id, reason: "Spam", endsAt: "2020-01-01" })).toEqual({ ok: false, fieldErrors: { endsAt: ["endInPast"] } });
    expect(await suspendPlatformAction({ userId: crypto.randomUUID(), reason: "Spam" })).toEqual({ ok: false, error: "notFound" });
    expect(await platformSuspensionsOf(person)).toHaveLength(0);
    expect(await liftPlatformSuspensionAction({ userId: person.id })).toEqual({ ok: false, error: "notSuspended" });
  });
});
