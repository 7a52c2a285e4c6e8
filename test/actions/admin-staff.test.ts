import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { appointStaffAction, removeStaffAction } from "@/app/[locale]/(site)/consultations/[slug]/staff/actions";
import { getDb } from "@/db/client";
import { auditLog, consultationStaff, type Consultation, type User } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { actorFor, appoint, createConsultation, createUser } from "@/test/factories";
import { ADMIN_ACTOR_KINDS, ADMIN_REFUSAL, adminActors, type AdminActorKind } from "./admin-actors";

/**
 * Staff appointments, called as raw requests by every kind of actor. Only the request context is
 * stood in for; the domain and the database are real.
 */

const request = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => request.actor }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let actors: Record<AdminActorKind, Actor>;
let staffUsers: Record<AdminActorKind, User | undefined>;
let consultation: Consultation;

beforeEach(async () => {
  ({ actors, users: staffUsers, consultation } = await adminActors());
});

async function rolesOf(user: User, where = consultation) {
  const rows = await getDb()
    .select({ role: consultationStaff.role })
    .from(consultationStaff)
    .where(and(eq(consultationStaff.userId, user.id), eq(consultationStaff.consultationId, where.id)));
  return rows.map((r) => r.role);
}

async function trailOf(user: User) {
  return (await getDb().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, user.id))).map((r) => r.action);
}

describe("appointStaffAction", () => {
  for (const kind of ADMIN_ACTOR_KINDS) {
    it(kind, async () => {
      const person = await createUser({ name: "New Moderator" });
      request.actor = actors[kind];
      const result = await appointStaffAction({ slug: consultation.slug, email: person.email.toUpperCase(), role: "moderator" });
      if (ADMIN_REFUSAL[kind]) {
        expect(result).toEqual({ ok: false, error: ADMIN_REFUSAL[kind] });
        expect(await rolesOf(person)).toEqual([]);
        expect(await trailOf(person)).toEqual([]);
      } else {
        expect(result).toEqual({ ok: true, data: { name: "New Moderator" } });
        expect(await rolesOf(person)).toEqual(["moderator"]);
        expect(await trailOf(person)).toEqual(["staff.appoint"]);
      }
    });
  }

  it("author: a participant cannot appoint themselves", async () => {
    const self = staffUsers.participant!;
    request.actor = await actorFor(self);
    expect(await appointStaffAction({ slug: consultation.slug, email: self.email, role: "secretariat" })).toEqual({ ok: false, error: "forbidden.notAdmin" });
    expect(await rolesOf(self)).toEqual([]);
  });

  it("bad input, unknown email, existing role, unknown consultation: refused, nothing changes", async () => {
    request.actor = actors.admin;
    expect(await appointStaffAction({ slug: consultation.slug, email: "not an email", role: "chief" })).toEqual({
      ok: false,
      fieldErrors: { email: ["emailInvalid"], role: ["roleUnknown"] },
    });
    expect(await appointStaffAction({ slug: consultation.slug, email: "nobody-here@example.org", role: "moderator" })).toEqual({
      ok: false,
      fieldErrors: { email: ["noAccountWithEmail"] },
    });
    const moderator = staffUsers.moderator!;
    expect(await appointStaffAction({ slug: consultation.slug, email: moderator.email, role: "moderator" })).toEqual({ ok: false, error: "alreadyStaff" });
    expect(await appointStaffAction({ slug: "no-such-consultation", email: moderator.email, role: "secretariat" })).toEqual({ ok: false, error: "notFound" });
    expect(await rolesOf(moderator)).toEqual(["moderator"]);
  });

  it("the role is for that consultation only", async () => {
    const { consultation: other } = await createConsultation();
    const person = await createUser();
    request.actor = actors.admin;
    expect(await appointStaffAction({ slug: consultation.slug, email: person.email, role: "secretariat" })).toMatchObject({ ok: true });
    expect(await rolesOf(person, other)).toEqual([]);
  });
});

describe("removeStaffAction", () => {
  for (const kind of ADMIN_ACTOR_KINDS) {
    it(kind, async () => {
      const person = await createUser();
      await appoint(person, consultation, "moderator");
      request.actor = actors[kind];
      const result = await removeStaffAction({ slug: consultation.slug, userId: person.id, role: "moderator" });
      expect(result).toEqual(ADMIN_REFUSAL[kind] ? { ok: false, error: ADMIN_REFUSAL[kind] } : { ok: true });
      expect(await rolesOf(person)).toEqual(ADMIN_REFUSAL[kind] ? ["moderator"] : []);
      expect(await trailOf(person)).toEqual(ADMIN_REFUSAL[kind] ? [] : ["staff.remove"]);
    });
  }

  it("author: a moderator cannot remove their own role (nor anyone's)", async () => {
    const self = staffUsers.moderator!;
    request.actor = actors.moderator;
    expect(await removeStaffAction({ slug: consultation.slug, userId: self.id, role: "moderator" })).toEqual({ ok: false, error: "forbidden.notAdmin" });
    expect(await rolesOf(self)).toEqual(["moderator"]);
  });

  it("a role the person does not have: refused", async () => {
    request.actor = actors.admin;
    expect(await removeStaffAction({ slug: consultation.slug, userId: staffUsers.moderator!.id, role: "secretariat" })).toEqual({ ok: false, error: "notStaffMember" });
    expect(await removeStaffAction({ slug: consultation.slug, userId: "nope", role: "moderator" })).toEqual({ ok: false, fieldErrors: { userId: ["notFound"] } });
  });
});
