import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, comments } from "@/db/schema";
import { ANONYMOUS, loadActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { actorFor, appoint, createComment, createConsultation, createUser } from "@/test/factories";
import { liftSuspension, suspendParticipant } from "./suspensions";

async function statusOf(id: string) {
  return (await getDb().select({ status: comments.status }).from(comments).where(eq(comments.id, id)))[0].status;
}

describe("suspensions", () => {
  it("a moderator suspends a participant from their consultation only, optionally hiding their comments there", async () => {
    const here = await createConsultation();
    const there = await createConsultation();
    const moderator = await createUser();
    await appoint(moderator, here.consultation, "moderator");
    const person = await createUser();
    const inScope = await createComment(here.objectives[0], person);
    const elsewhere = await createComment(there.objectives[0], person);
    await suspendParticipant(await actorFor(moderator), here.consultation, { userId: person.id, reason: "Repeated abuse", hideComments: true });

    const suspended = await loadActor(getDb(), person.id, 1);
    expect(can(suspended, "comment.create", { consultation: here.consultation })).toBe(false);
    expect(can(suspended, "comment.create", { consultation: there.consultation })).toBe(true);
    expect(await statusOf(inScope.id)).toBe("hidden");
    expect(await statusOf(elsewhere.id)).toBe("published");
    const [row] = await getDb().select().from(auditLog).where(eq(auditLog.targetId, person.id));
    expect(row).toMatchObject({ action: "participant.suspend", reason: "Repeated abuse", after: expect.objectContaining({ hiddenComments: 1 }) });

    await liftSuspension(await actorFor(moderator), here.consultation, person.id, "Apologized");
    expect(can(await loadActor(getDb(), person.id, 1), "comment.create", { consultation: here.consultation })).toBe(true);
    await expect(liftSuspension(await actorFor(moderator), here.consultation, person.id)).rejects.toMatchObject({ code: "notSuspended" });
  });

  it("an admin suspends from the whole platform, which ends the person's sessions", async () => {
    const admin = await actorFor(await createUser({ platformRole: "admin" }));
    const person = await createUser();
    expect((await loadActor(getDb(), person.id, 1)).kind).toBe("user");
    await suspendParticipant(admin, null, { userId: person.id, reason: "Spam network", endsAt: new Date(Date.now() + 86_400_000) });
    expect((await loadActor(getDb(), person.id, 1)).kind).toBe("anonymous");
    expect((await loadActor(getDb(), person.id, 2)).kind).toBe("anonymous");
  });

  it("refuses non-staff, moderators of another consultation, platform suspension by non-admins, and bad input", async () => {
    const { consultation } = await createConsultation();
    const moderatorElsewhere = await createUser();
    await appoint(moderatorElsewhere, (await createConsultation()).consultation, "moderator");
    const moderator = await createUser();
    await appoint(moderator, consultation, "moderator");
    const person = await createUser();
    const input = { userId: person.id, reason: "x" };
    await expect(suspendParticipant(ANONYMOUS, consultation, input)).rejects.toMatchObject({ reason: "signInRequired" });
    await expect(suspendParticipant(await actorFor(await createUser()), consultation, input)).rejects.toMatchObject({ reason: "notStaff" });
    await expect(suspendParticipant(await actorFor(moderatorElsewhere), consultation, input)).rejects.toMatchObject({ reason: "notStaff" });
    await expect(suspendParticipant(await actorFor(moderator), null, input)).rejects.toMatchObject({ reason: "notAdmin" });
    await expect(suspendParticipant(await actorFor(moderator), consultation, { ...input, reason: " " })).rejects.toMatchObject({ code: "reasonRequired" });
    await expect(
      suspendParticipant(await actorFor(moderator), consultation, { ...input, endsAt: new Date(Date.now() - 1000) }),
    ).rejects.toMatchObject({ code: "endInPast" });
    await expect(suspendParticipant(await actorFor(moderator), consultation, { ...input, userId: moderator.id })).rejects.toMatchObject({ code: "ownSuspension" });
    expect(await getDb().select().from(auditLog).where(eq(auditLog.targetId, person.id))).toHaveLength(0);
  });
});
