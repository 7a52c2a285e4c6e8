import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, reasonTemplates } from "@/db/schema";
import { actorFor, appoint, createComment, createConsultation, createUser } from "@/test/factories";
import { decide } from "./decisions";
import {
  addReasonTemplate,
  codeFromLabel,
  listReasonTemplates,
  moveReasonTemplate,
  removeReasonTemplate,
  renameReasonTemplate,
} from "./templates";

async function setup() {
  const { consultation, objectives } = await createConsultation();
  const secretariat = await createUser();
  await appoint(secretariat, consultation, "secretariat");
  const moderator = await createUser();
  await appoint(moderator, consultation, "moderator");
  return { consultation, objective: objectives[0], secretariat: await actorFor(secretariat), moderator: await actorFor(moderator) };
}

const codes = async (...args: Parameters<typeof listReasonTemplates>) => (await listReasonTemplates(...args)).map((t) => t.code);

describe("reason templates", () => {
  it("derives a unique code from the label", () => {
    expect(codeFromLabel("Hate speech")).toBe("hate_speech");
    expect(codeFromLabel("  Données personnelles ! ")).toBe("donnees_personnelles");
    expect(codeFromLabel("خطاب كراهية")).toBe("reason");
  });

  it("adds, renames, reorders and removes, each audited", async () => {
    const { consultation, secretariat } = await setup();
    const added = await addReasonTemplate(secretariat, consultation, "Hate speech");
    expect(added).toMatchObject({ code: "hate_speech", label: "Hate speech", position: 5 });
    // Same code from another label, and a system reason's code, are never reused.
    expect((await addReasonTemplate(secretariat, consultation, "Hate-speech!")).code).toBe("hate_speech_2");
    expect((await addReasonTemplate(secretariat, consultation, "Flagged")).code).toBe("flagged_2");
    await expect(addReasonTemplate(secretariat, consultation, "hate SPEECH")).rejects.toMatchObject({ code: "reasonLabelTaken", field: "label" });

    await renameReasonTemplate(secretariat, consultation, added.id, "Hateful speech");
    await moveReasonTemplate(secretariat, consultation, added.id, "up");
    await moveReasonTemplate(secretariat, consultation, added.id, "up");
    expect(await codes(secretariat, consultation)).toEqual(["spam", "offensive", "off_topic", "hate_speech", "personal_data", "duplicate", "hate_speech_2", "flagged_2"]);
    // At the top already: nothing moves.
    const spam = (await listReasonTemplates(secretariat, consultation))[0];
    await moveReasonTemplate(secretariat, consultation, spam.id, "up");
    expect((await codes(secretariat, consultation))[0]).toBe("spam");

    await removeReasonTemplate(secretariat, consultation, added.id);
    expect(await codes(secretariat, consultation)).not.toContain("hate_speech");
    const trail = await getDb().select().from(auditLog).where(eq(auditLog.targetId, added.id));
    expect(trail.map((r) => r.action)).toEqual(["reason.add", "reason.rename", "reason.move", "reason.move", "reason.remove"]);
    expect(trail[1]).toMatchObject({ before: { label: "Hate speech" }, after: { label: "Hateful speech" } });
  });

  it("keeps a template that past decisions cite, and offers removed ones no more", async () => {
    const { consultation, objective, secretariat, moderator } = await setup();
    const used = await addReasonTemplate(secretariat, consultation, "Disinformation");
    const comment = await createComment(objective, await createUser());
    await decide(moderator, { commentId: comment.id, action: "hide", reasonCode: used.code });
    await expect(removeReasonTemplate(secretariat, consultation, used.id)).rejects.toMatchObject({ code: "reasonInUse" });
    expect((await listReasonTemplates(secretariat, consultation)).find((t) => t.id === used.id)?.used).toBe(true);

    // The same code cited in another consultation does not count here.
    const neighbour = await setup();
    await decide(neighbour.moderator, { commentId: (await createComment(neighbour.objective, await createUser())).id, action: "hide", reasonCode: "offensive" });
    const offensive = (await listReasonTemplates(secretariat, consultation)).find((t) => t.code === "offensive")!;
    expect(offensive.used).toBe(false);
    await removeReasonTemplate(secretariat, consultation, offensive.id);

    const unused = await addReasonTemplate(secretariat, consultation, "Advertising");
    await removeReasonTemplate(secretariat, consultation, unused.id);
    const other = await createComment(objective, await createUser());
    await expect(decide(moderator, { commentId: other.id, action: "hide", reasonCode: unused.code })).rejects.toMatchObject({ code: "reasonUnknown" });
  });

  it("is the secretariat's: moderators read the list but do not change it", async () => {
    const { consultation, moderator } = await setup();
    const elsewhere = await createUser();
    await appoint(elsewhere, (await createConsultation()).consultation, "secretariat");
    await expect(addReasonTemplate(moderator, consultation, "Mine")).rejects.toMatchObject({ reason: "notStaff" });
    await expect(addReasonTemplate(await actorFor(elsewhere), consultation, "Mine")).rejects.toMatchObject({ reason: "notStaff" });
    const [first] = await listReasonTemplates(moderator, consultation);
    await expect(renameReasonTemplate(moderator, consultation, first.id, "Junk")).rejects.toMatchObject({ reason: "notStaff" });
    await expect(removeReasonTemplate(moderator, consultation, first.id)).rejects.toMatchObject({ reason: "notStaff" });
    expect(await getDb().select().from(reasonTemplates).where(eq(reasonTemplates.consultationId, consultation.id))).toHaveLength(5);
  });

  it("only touches templates of the consultation named", async () => {
    const { consultation, secretariat } = await setup();
    const other = await createConsultation();
    const [theirs] = await getDb().select().from(reasonTemplates).where(eq(reasonTemplates.consultationId, other.consultation.id));
    await expect(renameReasonTemplate(secretariat, consultation, theirs.id, "Changed")).rejects.toMatchObject({ code: "notFound" });
    await expect(removeReasonTemplate(secretariat, consultation, theirs.id)).rejects.toMatchObject({ code: "notFound" });
  });
});
