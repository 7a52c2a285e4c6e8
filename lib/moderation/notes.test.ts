import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, notes } from "@/db/schema";
import { ANONYMOUS } from "@/lib/auth/actor";
import { listOwnContributions } from "@/lib/comments/contributions";
import { actorFor, appoint, createComment, createConsultation, createUser, suspend } from "@/test/factories";
import { addCommentNote, addParticipantNote, listParticipantNotes } from "./notes";
import { getParticipant } from "./participants";

async function setup() {
  const { consultation, objectives } = await createConsultation();
  const moderator = await createUser({ name: "Leila Haddad" });
  await appoint(moderator, consultation, "moderator");
  const author = await createUser();
  return { consultation, objective: objectives[0], moderator: await actorFor(moderator), author };
}

describe("private notes", () => {
  it("on a comment and on a participant, with author and time, each audited", async () => {
    const { consultation, objective, moderator, author } = await setup();
    const comment = await createComment(objective, author);
    const onComment = await addCommentNote(moderator, comment.id, "  Second warning sent by email.  ");
    expect(onComment).toMatchObject({ body: "Second warning sent by email.", authorName: "Leila Haddad" });
    await addParticipantNote(moderator, consultation, author.id, "Often posts the same text twice.");
    expect(await listParticipantNotes(moderator, consultation, author.id)).toMatchObject([
      { body: "Often posts the same text twice.", authorName: "Leila Haddad" },
    ]);
    const audit = (await getDb().select().from(auditLog).where(eq(auditLog.action, "note.add"))).filter((r) => r.consultationId === consultation.id);
    expect(audit.map((r) => [r.targetType, r.targetId, r.consultationId])).toEqual([
      ["comment", comment.id, consultation.id],
      ["user", author.id, consultation.id],
    ]);
    // Nothing the author can read carries them.
    expect(JSON.stringify(await listOwnContributions(await actorFor(author)))).not.toContain("warning");
  });

  it("belong to one consultation: its staff only write and read them", async () => {
    const { consultation, objective, author } = await setup();
    const comment = await createComment(objective, author);
    const other = await createConsultation();
    const elsewhere = await createUser();
    await appoint(elsewhere, other.consultation, "moderator");
    const suspended = await createUser();
    await appoint(suspended, consultation, "moderator");
    await suspend(suspended, consultation);
    for (const [actor, reason] of [
      [ANONYMOUS, "signInRequired"],
      [await actorFor(author), "notStaff"],
      [await actorFor(elsewhere), "notStaff"],
      [await actorFor(suspended), "suspended"],
    ] as const) {
      await expect(addCommentNote(actor, comment.id, "x")).rejects.toMatchObject({ reason });
      await expect(addParticipantNote(actor, consultation, author.id, "x")).rejects.toMatchObject({ reason });
      await expect(listParticipantNotes(actor, consultation, author.id)).rejects.toMatchObject({ reason });
    }
    // A moderator of another consultation cannot note there about this one's comment either.
    await expect(addCommentNote(await actorFor(elsewhere), comment.id, "x")).rejects.toMatchObject({ reason: "notStaff" });
    expect(await getDb().select().from(notes).where(eq(notes.consultationId, consultation.id))).toHaveLength(0);
  });

  it("refuses an empty note and an unknown person", async () => {
    const { consultation, objective, moderator, author } = await setup();
    const comment = await createComment(objective, author);
    await expect(addCommentNote(moderator, comment.id, "   ")).rejects.toMatchObject({ code: "noteEmpty", field: "body" });
    await expect(addParticipantNote(moderator, consultation, "00000000-0000-4000-8000-000000000000", "x")).rejects.toMatchObject({ code: "notFound" });
  });
});

describe("participant page", () => {
  it("gathers profile, comments here only, notes and suspensions here or platform-wide", async () => {
    const { consultation, objective, moderator, author } = await setup();
    const here = await createComment(objective, author, { body: "Here", status: "hidden" });
    const other = await createConsultation();
    await createComment(other.objectives[0], author, { body: "There" });
    await suspend(author, other.consultation, "elsewhere");
    await suspend(author, consultation, "here");
    await addParticipantNote(moderator, consultation, author.id, "Watch");
    const person = await getParticipant(moderator, consultation, author.id);
    expect(person.profile).toMatchObject({ id: author.id, name: author.name, country: "KE" });
    expect(person.comments.map((c) => [c.id, c.status, c.objectiveNumber])).toEqual([[here.id, "hidden", 1]]);
    expect(person.notes.map((n) => n.body)).toEqual(["Watch"]);
    expect(person.suspensions.map((s) => [s.reason, s.active])).toEqual([["here", true]]);
    await expect(getParticipant(ANONYMOUS, consultation, author.id)).rejects.toMatchObject({ reason: "signInRequired" });
    await expect(getParticipant(moderator, consultation, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "notFound" });
  });
});
