import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { requestVerificationAction } from "@/app/[locale]/(site)/account/actions";
import { decideAffiliationAction } from "@/app/[locale]/(site)/admin/verification/actions";
import { getDb } from "@/db/client";
import { auditLog, comments, users, type User } from "@/db/schema";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { actorFor, createComment, createConsultation, createUser } from "@/test/factories";
import { ADMIN_ACTOR_KINDS, adminActors, type AdminActorKind } from "./admin-actors";

/**
 * Affiliation verification and the request for it, called as raw requests by every kind of actor.
 * Only the request context is stood in for; the domain and the database are real.
 */

const request = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => request.actor }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
// The account actions module also signs in again after a password change.
vi.mock("@/lib/auth", () => ({ signIn: vi.fn() }));

let actors: Record<AdminActorKind, Actor>;
let staffUsers: Record<AdminActorKind, User | undefined>;

beforeEach(async () => {
  ({ actors, users: staffUsers } = await adminActors());
});

async function stateOf(id: string) {
  const [row] = await getDb().select({ status: users.affiliationStatus, note: users.affiliationNote }).from(users).where(eq(users.id, id));
  const trail = await getDb().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, id));
  return { ...row, trail: trail.map((r) => r.action) };
}

/** Who may decide on someone else's affiliation, and why the others are refused. */
const REFUSAL: Record<AdminActorKind, string | null> = {
  anonymous: "forbidden.signInRequired",
  participant: "forbidden.notStaff",
  moderatorElsewhere: "forbidden.notStaff",
  moderator: "forbidden.notStaff",
  secretariat: null,
  admin: null,
  suspendedStaff: "forbidden.suspended",
  suspendedAdmin: "forbidden.signInRequired",
};

describe("decideAffiliationAction", () => {
  for (const kind of ADMIN_ACTOR_KINDS) {
    it(`${kind}: verify a pending delegation (its comments become official), then revoke`, async () => {
      const { objectives } = await createConsultation();
      const delegate = await createUser({ stakeholderGroup: "member_state", affiliationStatus: "pending" });
      const comment = await createComment(objectives[0], delegate);
      const official = async () => (await getDb().select().from(comments).where(eq(comments.id, comment.id)))[0].official;
      request.actor = actors[kind];
      const verify = await decideAffiliationAction({ userId: delegate.id, decision: "verify", note: "" });
      if (REFUSAL[kind]) {
        expect(verify).toEqual({ ok: false, error: REFUSAL[kind] });
        expect(await stateOf(delegate.id)).toEqual({ status: "pending", note: null, trail: [] });
        expect(await official()).toBe(false);
        return;
      }
      expect(verify).toEqual({ ok: true });
      expect(await official()).toBe(true);
      expect(await decideAffiliationAction({ userId: delegate.id, decision: "revoke", note: "Left the mission" })).toEqual({ ok: true });
      expect(await stateOf(delegate.id)).toEqual({ status: "pending", note: "Left the mission", trail: ["affiliation.verify", "affiliation.revoke"] });
      expect(await official()).toBe(false);
    });

    it(`${kind}: reject a pending organization with a note`, async () => {
      const ngo = await createUser({ affiliationStatus: "pending" });
      request.actor = actors[kind];
      const result = await decideAffiliationAction({ userId: ngo.id, decision: "reject", note: "Could not confirm the organization" });
      expect(result).toEqual(REFUSAL[kind] ? { ok: false, error: REFUSAL[kind] } : { ok: true });
      expect((await stateOf(ngo.id)).status).toBe(REFUSAL[kind] ? "pending" : "rejected");
    });
  }

  it("author: a secretariat member cannot decide on their own affiliation", async () => {
    const self = staffUsers.secretariat!;
    await getDb().update(users).set({ affiliationStatus: "pending" }).where(eq(users.id, self.id));
    request.actor = await actorFor(self);
    for (const decision of ["verify", "reject"] as const) {
      expect(await decideAffiliationAction({ userId: self.id, decision, note: "Me" })).toEqual({ ok: false, error: "ownAffiliation" });
    }
    expect(await stateOf(self.id)).toEqual({ status: "pending", note: null, trail: [] });
  });

  it("two staff members at once: the second is told it is already decided, the first decision stands", async () => {
    const person = await createUser({ affiliationStatus: "pending" });
    const input = (decision: "verify" | "reject") => ({ userId: person.id, decision, note: "Checked with the mission" });
    request.actor = actors.secretariat;
    const first = decideAffiliationAction(input("verify"));
    request.actor = actors.admin;
    const second = decideAffiliationAction(input("reject"));
    const results = await Promise.all([first, second]);
    expect(results).toContainEqual({ ok: true });
    expect(results).toContainEqual({ ok: false, error: "affiliationDecided" });
    const state = await stateOf(person.id);
    expect(state.trail).toHaveLength(1);
    expect(state.status).toBe(state.trail[0] === "affiliation.verify" ? "verified" : "rejected");
  });

  it("bad input: field errors, nothing changes", async () => {
    const person = await createUser({ affiliationStatus: "pending" });
    request.actor = actors.secretariat;
    expect(await decideAffiliationAction({ userId: person.id, decision: "reject", note: "   " })).toEqual({ ok: false, fieldErrors: { note: ["noteRequired"] } });
    expect(await decideAffiliationAction({ userId: person.id, decision: "revoke", note: "" })).toEqual({ ok: false, fieldErrors: { note: ["noteRequired"] } });
    expect(await decideAffiliationAction({ userId: "not-an-id", decision: "promote", note: "x".repeat(1001) })).toEqual({
      ok: false,
      fieldErrors: { userId: ["notFound"], decision: ["decisionUnknown"], note: ["tooLong"] },
    });
    expect(await decideAffiliationAction({ userId: crypto.randomUUID(), decision: "verify", note: "" })).toEqual({ ok: false, error: "notFound" });
    expect(await stateOf(person.id)).toEqual({ status: "pending", note: null, trail: [] });
  });

  it("a refused account may be verified later; a verified one cannot be rejected, only revoked", async () => {
    const person = await createUser({ affiliationStatus: "rejected" });
    request.actor = actors.admin;
    expect(await decideAffiliationAction({ userId: person.id, decision: "verify", note: "" })).toEqual({ ok: true });
    expect(await decideAffiliationAction({ userId: person.id, decision: "reject", note: "No" })).toEqual({ ok: false, error: "affiliationDecided" });
    expect((await stateOf(person.id)).status).toBe("verified");
  });
});

describe("requestVerificationAction", () => {
  it("anonymous: refused", async () => {
    request.actor = ANONYMOUS;
    expect(await requestVerificationAction({})).toEqual({ ok: false, error: "forbidden.signInRequired" });
  });

  it("an organization asks: it joins the queue; asking again is refused", async () => {
    const ngo = await createUser({ stakeholderGroup: "migrant_organization" });
    request.actor = await actorFor(ngo);
    expect(await requestVerificationAction({})).toEqual({ ok: true });
    expect((await stateOf(ngo.id)).status).toBe("pending");
    expect(await requestVerificationAction({})).toEqual({ ok: false, error: "verificationPending" });
  });

  it("an individual, or an account already verified: refused, nothing changes", async () => {
    const individual = await createUser({ stakeholderGroup: "individual", organization: "" });
    request.actor = await actorFor(individual);
    expect(await requestVerificationAction({})).toEqual({ ok: false, error: "verificationIndividual" });
    expect((await stateOf(individual.id)).status).toBe("none");
    const verified = await createUser({ affiliationStatus: "verified" });
    request.actor = await actorFor(verified);
    expect(await requestVerificationAction({})).toEqual({ ok: false, error: "alreadyVerified" });
    expect((await stateOf(verified.id)).status).toBe("verified");
  });

  it("a person suspended from the platform: refused as signed out", async () => {
    request.actor = actors.suspendedAdmin;
    expect(await requestVerificationAction({})).toEqual({ ok: false, error: "forbidden.signInRequired" });
  });
});
