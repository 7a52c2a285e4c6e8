import { describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { actorFor, appoint, createComment, createConsultation, createPrinciples, createUser } from "@/test/factories";
import { getConsultation, getObjective, listConsultations, listObjectives, listPrinciples } from "./queries";

describe("listConsultations", () => {
  it("shows drafts only to their staff and admins, with counts", async () => {
    const { consultation: open, objectives } = await createConsultation({ title: "Open one" });
    const { consultation: draft } = await createConsultation({ status: "draft", title: "Draft one" });
    const author = await createUser();
    await createComment(objectives[0], author);
    await createComment(objectives[1], author, { status: "hidden" });
    await createComment(objectives[1], author, { deletedAt: new Date() });

    const forAnonymous = await listConsultations(ANONYMOUS);
    expect(forAnonymous.find((c) => c.id === open.id)).toMatchObject({ objectiveCount: 3, commentCount: 1 });
    expect(forAnonymous.some((c) => c.id === draft.id)).toBe(false);

    const moderator = await createUser();
    await appoint(moderator, draft, "moderator");
    expect((await listConsultations(await actorFor(moderator))).some((c) => c.id === draft.id)).toBe(true);
    const admin = await createUser({ platformRole: "admin" });
    expect((await listConsultations(await actorFor(admin))).some((c) => c.id === draft.id)).toBe(true);
  });
});

describe("getConsultation and objectives", () => {
  it("counts only published, undeleted comments per objective, in order", async () => {
    const { consultation, objectives } = await createConsultation({}, 4);
    const author = await createUser();
    await createComment(objectives[2], author);
    await createComment(objectives[2], author);
    await createComment(objectives[2], author, { status: "pending" });
    const found = await getConsultation(ANONYMOUS, consultation.slug);
    const listed = await listObjectives(ANONYMOUS, found);
    expect(listed.map((o) => [o.number, o.commentCount])).toEqual([
      [1, 0],
      [2, 0],
      [3, 2],
      [4, 0],
    ]);
  });

  it("finds an objective by number with its neighbours", async () => {
    const { consultation } = await createConsultation({}, 3);
    const middle = await getObjective(ANONYMOUS, consultation, 2);
    expect(middle.objective.number).toBe(2);
    expect(middle.previous?.number).toBe(1);
    expect(middle.next?.number).toBe(3);
    const first = await getObjective(ANONYMOUS, consultation, 1);
    expect(first.previous).toBeUndefined();
  });

  it("answers not found for unknown slugs and numbers, and for drafts to outsiders", async () => {
    const { consultation } = await createConsultation({}, 2);
    await expect(getConsultation(ANONYMOUS, "no-such-consultation")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getObjective(ANONYMOUS, consultation, 3)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getObjective(ANONYMOUS, consultation, Number.NaN)).rejects.toBeInstanceOf(NotFoundError);
    const { consultation: draft } = await createConsultation({ status: "draft" });
    await expect(getConsultation(ANONYMOUS, draft.slug)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getConsultation(await actorFor(await createUser()), draft.slug)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("listPrinciples", () => {
  it("lists the consultation's principles in order, for every reader", async () => {
    const { consultation } = await createConsultation();
    await createPrinciples(consultation, ["people-centred", "human-rights"]);
    expect(await listPrinciples(ANONYMOUS, consultation)).toEqual([
      { key: "people-centred", label: "people-centred" },
      { key: "human-rights", label: "human-rights" },
    ]);
  });
});
