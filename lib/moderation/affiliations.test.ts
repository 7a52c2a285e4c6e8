import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, comments, users } from "@/db/schema";
import { ANONYMOUS } from "@/lib/auth/actor";
import { actorFor, appoint, createComment, createConsultation, createUser } from "@/test/factories";
import { decideAffiliation, listVerificationQueue } from "./affiliations";

async function secretariat() {
  const user = await createUser();
  await appoint(user, (await createConsultation()).consultation, "secretariat");
  return actorFor(user);
}

async function statusOf(id: string) {
  const [row] = await getDb().select({ status: users.affiliationStatus, note: users.affiliationNote }).from(users).where(eq(users.id, id));
  return row;
}

describe("affiliation verification", () => {
  it("lists pending accounts, Member State delegations first", async () => {
    const ngo = await createUser({ affiliationStatus: "pending", stakeholderGroup: "civil_society" });
    const delegate = await createUser({ affiliationStatus: "pending", stakeholderGroup: "member_state" });
    const queue = (await listVerificationQueue(await secretariat())).map((u) => u.id);
    expect(queue.indexOf(delegate.id)).toBeLessThan(queue.indexOf(ngo.id));
  });

  it("verifying a Member State delegation marks its comments official, revoking removes the mark", async () => {
    const { objectives } = await createConsultation();
    const delegate = await createUser({ affiliationStatus: "pending", stakeholderGroup: "member_state" });
    const comment = await createComment(objectives[0], delegate);
    const staff = await secretariat();
    expect(await decideAffiliation(staff, { userId: delegate.id, decision: "verify", note: "" })).toBe("verified");
    const official = async () => (await getDb().select().from(comments).where(eq(comments.id, comment.id)))[0].official;
    expect(await official()).toBe(true);
    await decideAffiliation(staff, { userId: delegate.id, decision: "revoke", note: "Left the mission" });
    expect(await official()).toBe(false);
    expect(await statusOf(delegate.id)).toEqual({ status: "pending", note: "Left the mission" });
    const trail = await getDb().select().from(auditLog).where(eq(auditLog.targetId, delegate.id));
    expect(trail.map((r) => [r.action, r.before, r.after])).toEqual([
      ["affiliation.verify", { affiliationStatus: "pending" }, { affiliationStatus: "verified" }],
      ["affiliation.revoke", { affiliationStatus: "verified" }, { affiliationStatus: "pending" }],
    ]);
  });

  it("needs a note to reject, and refuses deciding twice", async () => {
    const person = await createUser({ affiliationStatus: "pending" });
    const staff = await secretariat();
    await expect(decideAffiliation(staff, { userId: person.id, decision: "reject", note: " " })).rejects.toMatchObject({ code: "noteRequired" });
    await decideAffiliation(staff, { userId: person.id, decision: "reject", note: "Could not confirm the organization" });
    await expect(decideAffiliation(staff, { userId: person.id, decision: "reject", note: "again" })).rejects.toMatchObject({ code: "affiliationDecided" });
    expect((await statusOf(person.id)).status).toBe("rejected");
  });

  it("is refused to anonymous, participants, moderators, and for one's own account", async () => {
    const person = await createUser({ affiliationStatus: "pending" });
    const moderator = await createUser();
    await appoint(moderator, (await createConsultation()).consultation, "moderator");
    const verify = { userId: person.id, decision: "verify" as const, note: "" };
    await expect(decideAffiliation(ANONYMOUS, verify)).rejects.toMatchObject({ reason: "signInRequired" });
    await expect(decideAffiliation(await actorFor(await createUser()), verify)).rejects.toMatchObject({ reason: "notStaff" });
    await expect(decideAffiliation(await actorFor(moderator), verify)).rejects.toMatchObject({ reason: "notStaff" });
    await expect(listVerificationQueue(await actorFor(moderator))).rejects.toMatchObject({ reason: "notStaff" });
    const self = await secretariat();
    await expect(decideAffiliation(self, { ...verify, userId: self.kind === "user" ? self.id : "" })).rejects.toMatchObject({ code: "ownAffiliation" });
    expect((await statusOf(person.id)).status).toBe("pending");
    const admin = await actorFor(await createUser({ platformRole: "admin" }));
    expect(await decideAffiliation(admin, verify)).toBe("verified");
  });
});
