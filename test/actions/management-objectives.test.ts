import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  addObjectiveAction,
  moveObjectiveAction,
  moveObjectiveFormAction,
  updateObjectiveAction,
} from "@/app/[locale]/(site)/consultations/[slug]/secretariat/objectives/actions";
import { importObjectivesAction, previewImportAction } from "@/app/[locale]/(site)/consultations/[slug]/secretariat/objectives/import/actions";
import { getDb } from "@/db/client";
import { auditLog, objectives, type Consultation, type Objective } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createComment, createConsultation, createUser } from "@/test/factories";
import { ACTOR_KINDS, actorsAround, MANAGE_REFUSAL, type ActorKind } from "./management-actors";

/**
 * The objectives editor and the import, called as raw requests by every kind of actor. Only the
 * request context is stood in for; the domain and the database are real.
 */

const request = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
const navigation = vi.hoisted(() => ({ redirect: vi.fn() }));
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => request.actor }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
vi.mock("@/lib/i18n/navigation", () => navigation);

let here: Consultation;
let existing: Objective[];
let actors: Record<ActorKind, Actor>;

beforeEach(async () => {
  ({ consultation: here, objectives: existing } = await createConsultation({ status: "open" }, 3));
  actors = await actorsAround(here);
});

/** The consultation's objectives as [number, short title], in order. */
async function listed() {
  const rows = await getDb()
    .select()
    .from(objectives)
    .where(eq(objectives.consultationId, here.id))
    .orderBy(asc(objectives.position), asc(objectives.number));
  return rows.map((o) => [o.number, o.shortTitle]);
}

const UNTOUCHED = [
  [1, "Objective 1"],
  [2, "Objective 2"],
  [3, "Objective 3"],
];

async function audit() {
  return getDb().select().from(auditLog).where(eq(auditLog.consultationId, here.id));
}

function expectRefusedOrDone(kind: ActorKind, result: unknown) {
  if (MANAGE_REFUSAL[kind]) expect(result).toEqual({ ok: false, error: MANAGE_REFUSAL[kind] });
  else expect(result).toMatchObject({ ok: true });
  return MANAGE_REFUSAL[kind] === null;
}

describe("addObjectiveAction", () => {
  for (const kind of ACTOR_KINDS) {
    it(kind, async () => {
      request.actor = actors[kind];
      const result = await addObjectiveAction({ consultationId: here.id, number: "4", shortTitle: "Remittances", title: "Promote faster remittances", body: "**Cheaper** transfers." });
      if (expectRefusedOrDone(kind, result)) {
        expect(await listed()).toEqual([...UNTOUCHED, [4, "Remittances"]]);
        expect(await audit()).toMatchObject([{ action: "objective.create", before: null, after: { number: 4, body: "**Cheaper** transfers." } }]);
      } else {
        expect(await listed()).toEqual(UNTOUCHED);
        expect(await audit()).toEqual([]);
      }
    });
  }

  it("refuses a number already used, and bad fields", async () => {
    request.actor = actors.secretariat;
    expect(await addObjectiveAction({ consultationId: here.id, number: 2, shortTitle: "Twice", title: "Twice", body: "" })).toEqual({
      ok: false,
      fieldErrors: { number: ["numberTaken"] },
    });
    expect(await addObjectiveAction({ consultationId: here.id, number: 0, shortTitle: " ", title: "", body: "x".repeat(20_001) })).toMatchObject({
      ok: false,
      fieldErrors: { number: ["numberInvalid"], shortTitle: ["required"], title: ["required"], body: ["tooLong"] },
    });
    expect(await listed()).toEqual(UNTOUCHED);
  });
});

describe("updateObjectiveAction", () => {
  for (const kind of ACTOR_KINDS) {
    it(kind, async () => {
      request.actor = actors[kind];
      const target = existing[1];
      const result = await updateObjectiveAction({ objectiveId: target.id, number: 2, shortTitle: "Pathways", title: "Regular pathways", body: "Now with a *body*." });
      const [row] = await getDb().select().from(objectives).where(eq(objectives.id, target.id));
      if (expectRefusedOrDone(kind, result)) {
        expect(row).toMatchObject({ number: 2, shortTitle: "Pathways", body: "Now with a *body*." });
        expect(await audit()).toMatchObject([
          { action: "objective.update", before: { shortTitle: "Objective 2", body: "" }, after: { shortTitle: "Pathways", body: "Now with a *body*." } },
        ]);
      } else {
        expect(row).toEqual(target);
      }
    });
  }

  it("renumbers to a free number, refuses a taken one", async () => {
    request.actor = actors.secretariat;
    const fields = { shortTitle: "Objective 1", title: "Title of objective 1", body: "" };
    expect(await updateObjectiveAction({ objectiveId: existing[0].id, number: 3, ...fields })).toEqual({ ok: false, fieldErrors: { number: ["numberTaken"] } });
    expect(await updateObjectiveAction({ objectiveId: existing[0].id, number: 7, ...fields })).toEqual({ ok: true, data: { number: 7 } });
    expect(await listed()).toEqual([
      [2, "Objective 2"],
      [3, "Objective 3"],
      [7, "Objective 1"],
    ]);
  });
});

describe("moveObjectiveAction", () => {
  for (const kind of ACTOR_KINDS) {
    it(kind, async () => {
      request.actor = actors[kind];
      const result = await moveObjectiveAction({ objectiveId: existing[2].id, direction: "up" });
      if (expectRefusedOrDone(kind, result)) {
        expect(result).toEqual({ ok: true, data: { number: 2 } });
        expect(await listed()).toEqual([
          [1, "Objective 1"],
          [2, "Objective 3"],
          [3, "Objective 2"],
        ]);
        expect(await audit()).toMatchObject([{ action: "objective.move", targetId: existing[2].id, before: { number: 3 }, after: { number: 2 } }]);
      } else {
        expect(await listed()).toEqual(UNTOUCHED);
      }
    });
  }

  it("swaps numbers with the neighbour, comments follow their objective, the ends do not move", async () => {
    request.actor = actors.secretariat;
    const comment = await createComment(existing[0], await createUser());
    expect(await moveObjectiveAction({ objectiveId: existing[0].id, direction: "up" })).toEqual({ ok: true, data: { number: 1 } });
    expect(await moveObjectiveAction({ objectiveId: existing[0].id, direction: "down" })).toEqual({ ok: true, data: { number: 2 } });
    expect(await moveObjectiveAction({ objectiveId: existing[0].id, direction: "down" })).toEqual({ ok: true, data: { number: 3 } });
    expect(await moveObjectiveAction({ objectiveId: existing[0].id, direction: "down" })).toEqual({ ok: true, data: { number: 3 } });
    expect(await listed()).toEqual([
      [1, "Objective 2"],
      [2, "Objective 3"],
      [3, "Objective 1"],
    ]);
    const [moved] = await getDb().select().from(objectives).where(eq(objectives.id, comment.objectiveId));
    expect(moved.shortTitle).toBe("Objective 1");
    expect((await audit()).filter((r) => r.action === "objective.move")).toHaveLength(2);
  });

  it("many concurrent moves leave every number used once", async () => {
    request.actor = actors.secretariat;
    const moves = Array.from({ length: 8 }, (_, i) => moveObjectiveAction({ objectiveId: existing[i % 3].id, direction: i % 2 ? "up" : "down" }));
    for (const result of await Promise.all(moves)) expect(result).toMatchObject({ ok: true });
    expect((await listed()).map(([n]) => n)).toEqual([1, 2, 3]);
  });

  it("the no-script form comes back to the editor with the outcome", async () => {
    request.actor = actors.secretariat;
    const form = new FormData();
    form.set("slug", here.slug);
    form.set("objectiveId", existing[1].id);
    form.set("direction", "down");
    await moveObjectiveFormAction(form);
    expect(navigation.redirect).toHaveBeenLastCalledWith({
      href: { pathname: `/consultations/${here.slug}/secretariat/objectives`, query: { moved: "3" } },
      locale: "en",
    });
    request.actor = actors.participant;
    await moveObjectiveFormAction(form);
    expect(navigation.redirect).toHaveBeenLastCalledWith({
      href: { pathname: `/consultations/${here.slug}/secretariat/objectives`, query: { error: "forbidden.notStaff" } },
      locale: "en",
    });
  });
});

const CSV = `number,short_title,title,body
2,Pathways,Enhance regular pathways,"Two lines:
the second."
4,Remittances,Promote faster remittances,
`;

describe("previewImportAction and importObjectivesAction", () => {
  for (const kind of ACTOR_KINDS) {
    it(kind, async () => {
      request.actor = actors[kind];
      const input = { consultationId: here.id, format: "csv", content: CSV };
      const preview = await previewImportAction(input);
      const result = await importObjectivesAction(input);
      if (expectRefusedOrDone(kind, preview)) {
        expect(preview).toMatchObject({
          ok: true,
          data: {
            issues: [],
            rows: [
              { line: 2, number: 2, outcome: "update", body: "Two lines:\nthe second." },
              { line: 4, number: 4, outcome: "add" },
            ],
          },
        });
        expect(result).toEqual({ ok: true, data: { added: 1, updated: 1 } });
        expect(await listed()).toEqual([...UNTOUCHED.map((o) => (o[0] === 2 ? [2, "Pathways"] : o)), [4, "Remittances"]]);
        expect(await audit()).toMatchObject([
          { action: "objectives.import", before: { updated: [{ number: 2, shortTitle: "Objective 2" }] }, after: { added: [4], updated: [{ number: 2, shortTitle: "Pathways" }] } },
        ]);
      } else {
        expect(result).toEqual({ ok: false, error: MANAGE_REFUSAL[kind] });
        expect(await listed()).toEqual(UNTOUCHED);
      }
    });
  }

  it("a file with any problem is refused whole, and a huge one before it is read", async () => {
    request.actor = actors.secretariat;
    const bad = `${CSV}5,,Missing short title,\n`;
    expect(await previewImportAction({ consultationId: here.id, format: "csv", content: bad })).toMatchObject({
      ok: true,
      data: { issues: [{ line: 5, code: "shortTitleEmpty" }] },
    });
    expect(await importObjectivesAction({ consultationId: here.id, format: "csv", content: bad })).toEqual({ ok: false, error: "importHasErrors" });
    const huge = `number,short_title,title,body\n${"1,a,b,c\n".repeat(100_000)}`;
    expect(await previewImportAction({ consultationId: here.id, format: "csv", content: huge })).toEqual({ ok: false, fieldErrors: { content: ["fileTooLarge"] } });
    expect(await importObjectivesAction({ consultationId: here.id, format: "csv", content: huge })).toEqual({ ok: false, fieldErrors: { content: ["fileTooLarge"] } });
    expect(await importObjectivesAction({ consultationId: here.id, format: "json", content: "{ not json" })).toEqual({ ok: false, error: "importHasErrors" });
    expect(await listed()).toEqual(UNTOUCHED);
    expect(await audit()).toEqual([]);
  });
});
