import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  highlightAction,
  moveHighlightAction,
  saveSynthesisAction,
} from "@/app/[locale]/(site)/consultations/[slug]/secretariat/synthesis/[number]/actions";
import { getDb } from "@/db/client";
import { auditLog, syntheses, synthesisHighlights, type Comment, type Objective } from "@/db/schema";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { actorFor, appoint, createComment, createConsultation, createUser, suspend } from "@/test/factories";

/**
 * The synthesis page's actions called as raw requests by every kind of actor. Only the request
 * context is stood in for; the domain and the database are real.
 */

const request = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => request.actor }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const KINDS = [
  "anonymous",
  "participant",
  "moderatorHere",
  "secretariatElsewhere",
  "suspendedSecretariat",
  "secretariatHere",
  "admin",
] as const;
type Kind = (typeof KINDS)[number];

const REFUSAL: Record<Kind, string | null> = {
  anonymous: "forbidden.signInRequired",
  participant: "forbidden.notStaff",
  moderatorHere: "forbidden.notStaff",
  secretariatElsewhere: "forbidden.notStaff",
  suspendedSecretariat: "forbidden.suspended",
  secretariatHere: null,
  admin: null,
};

let objective: Objective;
let first: Comment;
let second: Comment;
let third: Comment;
const actors = {} as Record<Kind, Actor>;

beforeEach(async () => {
  const here = await createConsultation();
  const elsewhere = await createConsultation();
  objective = here.objectives[0];
  const author = await createUser();
  first = await createComment(objective, author, { body: "First" });
  second = await createComment(objective, author, { body: "Second" });
  third = await createComment(objective, author, { body: "Third" });

  const staff = async (consultation: typeof here.consultation, role: "moderator" | "secretariat") => {
    const user = await createUser();
    await appoint(user, consultation, role);
    return user;
  };
  const suspended = await staff(here.consultation, "secretariat");
  await suspend(suspended, here.consultation);
  actors.anonymous = ANONYMOUS;
  actors.participant = await actorFor(await createUser());
  actors.moderatorHere = await actorFor(await staff(here.consultation, "moderator"));
  actors.secretariatElsewhere = await actorFor(await staff(elsewhere.consultation, "secretariat"));
  actors.suspendedSecretariat = await actorFor(suspended);
  actors.secretariatHere = await actorFor(await staff(here.consultation, "secretariat"));
  actors.admin = await actorFor(await createUser({ platformRole: "admin" }));
});

async function stored() {
  const [synthesis] = await getDb().select().from(syntheses).where(eq(syntheses.objectiveId, objective.id));
  const quotes = await getDb()
    .select({ commentId: synthesisHighlights.commentId })
    .from(synthesisHighlights)
    .where(eq(synthesisHighlights.objectiveId, objective.id))
    .orderBy(synthesisHighlights.position);
  const audit = await getDb().select().from(auditLog).where(eq(auditLog.consultationId, objective.consultationId));
  return { synthesis, quotes: quotes.map((q) => q.commentId), audit };
}

describe("saveSynthesisAction", () => {
  for (const kind of KINDS) {
    it(kind, async () => {
      request.actor = actors[kind];
      const result = await saveSynthesisAction({ objectiveId: objective.id, body: "Participants **agree**.", baseVersion: "" });
      const after = await stored();
      if (REFUSAL[kind]) {
        expect(result).toEqual({ ok: false, error: REFUSAL[kind] });
        expect(after.synthesis).toBeUndefined();
        expect(after.audit).toHaveLength(0);
      } else {
        expect(result).toMatchObject({ ok: true, data: { updatedByName: "Test Participant" } });
        expect(after.synthesis).toMatchObject({ body: "Participants **agree**.", updatedBy: (actors[kind] as { id: string }).id });
        expect(after.audit).toMatchObject([
          { action: "synthesis.save", targetType: "objective", targetId: objective.id, before: null, after: { body: "Participants **agree**." } },
        ]);
      }
    });
  }

  it("refuses a save based on a stale version and changes nothing", async () => {
    request.actor = actors.secretariatHere;
    const opened = await saveSynthesisAction({ objectiveId: objective.id, body: "Version one", baseVersion: "" });
    if (!opened.ok || !opened.data) throw new Error("the first save should pass");
    // A colleague saves from the same version...
    request.actor = actors.admin;
    const theirs = await saveSynthesisAction({ objectiveId: objective.id, body: "Their version", baseVersion: opened.data.version });
    expect(theirs.ok).toBe(true);
    // ...so a save still based on it, or on no version at all, is refused.
    request.actor = actors.secretariatHere;
    for (const baseVersion of [opened.data.version, ""]) {
      expect(await saveSynthesisAction({ objectiveId: objective.id, body: "My version", baseVersion })).toEqual({ ok: false, error: "synthesisStale" });
    }
    const after = await stored();
    expect(after.synthesis.body).toBe("Their version");
    expect(after.audit).toHaveLength(2);
    // Based on the latest version, the save goes through.
    if (!theirs.ok || !theirs.data) throw new Error("unreachable");
    expect(await saveSynthesisAction({ objectiveId: objective.id, body: "Merged", baseVersion: theirs.data.version })).toMatchObject({ ok: true });
    expect((await stored()).synthesis.body).toBe("Merged");
  });

  it("versions move forward even for saves in the same millisecond", async () => {
    request.actor = actors.secretariatHere;
    let version = "";
    const seen = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const result = await saveSynthesisAction({ objectiveId: objective.id, body: `v${i}`, baseVersion: version });
      if (!result.ok || !result.data) throw new Error(`save ${i} refused`);
      version = result.data.version;
      seen.add(version);
    }
    expect(seen.size).toBe(5);
  });

  it("bad input: field errors, nothing saved", async () => {
    request.actor = actors.secretariatHere;
    expect(await saveSynthesisAction({ objectiveId: objective.id, body: "x".repeat(20_001), baseVersion: "" })).toEqual({
      ok: false,
      fieldErrors: { body: ["synthesisTooLong"] },
    });
    expect(await saveSynthesisAction({ objectiveId: "nope", body: "x", baseVersion: "" })).toMatchObject({ ok: false, fieldErrors: { objectiveId: ["notFound"] } });
    expect((await stored()).synthesis).toBeUndefined();
  });
});

describe("highlightAction and moveHighlightAction", () => {
  for (const kind of KINDS) {
    it(kind, async () => {
      // Two quotes chosen by the secretariat beforehand, for the removal and the move.
      request.actor = actors.secretariatHere;
      await highlightAction({ objectiveId: objective.id, commentId: first.id, highlight: true });
      await highlightAction({ objectiveId: objective.id, commentId: second.id, highlight: true });
      const before = await stored();
      expect(before.quotes).toEqual([first.id, second.id]);

      request.actor = actors[kind];
      const results = [
        await highlightAction({ objectiveId: objective.id, commentId: third.id, highlight: true }),
        await moveHighlightAction({ objectiveId: objective.id, commentId: third.id, direction: "up" }),
        await highlightAction({ objectiveId: objective.id, commentId: first.id, highlight: false }),
      ];
      const after = await stored();
      if (REFUSAL[kind]) {
        for (const result of results) expect(result).toEqual({ ok: false, error: REFUSAL[kind] });
        expect(after.quotes).toEqual(before.quotes);
        expect(after.audit).toHaveLength(before.audit.length);
      } else {
        for (const result of results) expect(result).toEqual({ ok: true });
        expect(after.quotes).toEqual([third.id, second.id]);
        expect(after.audit.slice(before.audit.length).map((a) => a.action)).toEqual([
          "synthesis.highlight",
          "synthesis.reorderHighlights",
          "synthesis.unhighlight",
        ]);
      }
    });
  }

  it("highlighting twice is one highlight and one audit row; moving past either end does nothing", async () => {
    request.actor = actors.secretariatHere;
    await highlightAction({ objectiveId: objective.id, commentId: first.id, highlight: true });
    await highlightAction({ objectiveId: objective.id, commentId: first.id, highlight: true });
    expect(await moveHighlightAction({ objectiveId: objective.id, commentId: first.id, direction: "up" })).toEqual({ ok: true });
    expect(await moveHighlightAction({ objectiveId: objective.id, commentId: first.id, direction: "down" })).toEqual({ ok: true });
    const after = await stored();
    expect(after.quotes).toEqual([first.id]);
    expect(after.audit.map((a) => a.action)).toEqual(["synthesis.highlight"]);
  });

  it("only published comments of the objective can be quoted", async () => {
    request.actor = actors.secretariatHere;
    const author = await createUser();
    const hidden = await createComment(objective, author, { status: "hidden" });
    const deleted = await createComment(objective, author, { deletedAt: new Date() });
    const elsewhere = await createComment((await createConsultation()).objectives[0], author);
    for (const comment of [hidden, deleted, elsewhere]) {
      expect(await highlightAction({ objectiveId: objective.id, commentId: comment.id, highlight: true })).toEqual({
        ok: false,
        error: "highlightUnavailable",
      });
    }
    expect(await moveHighlightAction({ objectiveId: objective.id, commentId: first.id, direction: "up" })).toEqual({
      ok: false,
      error: "highlightUnavailable",
    });
    expect((await stored()).quotes).toEqual([]);
  });
});
