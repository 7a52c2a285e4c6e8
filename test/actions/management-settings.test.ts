import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createConsultationAction } from "@/app/[locale]/(site)/admin/consultations/new/actions";
import { postCommentAction } from "@/app/[locale]/(site)/consultations/[slug]/objectives/[number]/actions";
import { changeStatusAction, updateSettingsAction } from "@/app/[locale]/(site)/consultations/[slug]/secretariat/settings/actions";
import { getDb } from "@/db/client";
import { auditLog, comments, consultations, reasonTemplates, type Consultation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { actorFor, createConsultation, createUser } from "@/test/factories";
import { ACTOR_KINDS, actorsAround, MANAGE_REFUSAL, type ActorKind } from "./management-actors";

/**
 * Creating a consultation, its settings and its status, called as raw requests by every kind of
 * actor. Only the request context is stood in for; the domain and the database are real.
 */

const request = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => request.actor }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en", getTranslations: async () => (key: string) => key }));
vi.mock("@/lib/i18n/navigation", () => ({ redirect: vi.fn() }));

let here: Consultation;
let actors: Record<ActorKind, Actor>;

beforeEach(async () => {
  ({ consultation: here } = await createConsultation({ status: "open" }, 0));
  actors = await actorsAround(here);
});

async function stored(id = here.id) {
  const [row] = await getDb().select().from(consultations).where(eq(consultations.id, id));
  return row;
}

async function auditOf(id = here.id) {
  return getDb().select().from(auditLog).where(eq(auditLog.consultationId, id));
}

function newConsultation(overrides: Record<string, unknown> = {}) {
  return {
    slug: `regional-${crypto.randomUUID().slice(0, 8)}`,
    title: "Regional review for Africa",
    summary: "How the Compact is implemented in the region.",
    scope: "regional",
    region: "africa",
    country: "",
    opensAt: "",
    closesAt: "",
    moderationMode: "pre",
    languages: ["fr", "en"],
    allowedGroups: [],
    autoHideThreshold: "4",
    ...overrides,
  };
}

describe("createConsultationAction", () => {
  for (const kind of ACTOR_KINDS) {
    it(kind, async () => {
      request.actor = actors[kind];
      const input = newConsultation();
      const result = await createConsultationAction(input);
      const [created] = await getDb().select().from(consultations).where(eq(consultations.slug, input.slug));
      if (kind === "admin") {
        expect(result).toEqual({ ok: true, data: { slug: input.slug } });
        expect(created).toMatchObject({
          status: "draft",
          scope: "regional",
          scopeArea: "africa",
          moderationMode: "pre",
          languages: ["en", "fr"],
          autoHideThreshold: 4,
        });
        const reasons = await getDb().select().from(reasonTemplates).where(eq(reasonTemplates.consultationId, created.id));
        expect(reasons.map((r) => r.code).sort()).toEqual(["duplicate", "off_topic", "offensive", "personal_data", "spam"]);
        expect(await auditOf(created.id)).toMatchObject([{ action: "consultation.create", before: null, after: { slug: input.slug, status: "draft" } }]);
      } else {
        expect(result).toEqual({ ok: false, error: kind === "anonymous" ? "forbidden.signInRequired" : "forbidden.notAdmin" });
        expect(created).toBeUndefined();
      }
    });
  }

  it("refuses a taken slug, a bad slug, a missing region or country, and closing before opening", async () => {
    request.actor = actors.admin;
    expect(await createConsultationAction(newConsultation({ slug: here.slug }))).toEqual({ ok: false, fieldErrors: { slug: ["slugTaken"] } });
    expect(await createConsultationAction(newConsultation({ slug: "Not A Slug" }))).toMatchObject({ ok: false, fieldErrors: { slug: ["slugInvalid"] } });
    expect(await createConsultationAction(newConsultation({ region: "" }))).toMatchObject({ ok: false, fieldErrors: { region: ["regionRequired"] } });
    expect(await createConsultationAction(newConsultation({ scope: "national", country: "XX" }))).toMatchObject({
      ok: false,
      fieldErrors: { country: ["countryUnknown"] },
    });
    expect(
      await createConsultationAction(newConsultation({ opensAt: "2026-09-01T10:00:00Z", closesAt: "2026-08-01T10:00:00Z", languages: [] })),
    ).toMatchObject({ ok: false, fieldErrors: { closesAt: ["closesBeforeOpens"], languages: ["languagesRequired"] } });
  });

  it("keeps the country of a national consultation, and no area for a global one", async () => {
    request.actor = actors.admin;
    const national = newConsultation({ scope: "national", country: "SN", region: "europe" });
    await createConsultationAction(national);
    const global = newConsultation({ scope: "global", country: "SN", region: "europe" });
    await createConsultationAction(global);
    const rows = await getDb().select().from(consultations);
    expect(rows.find((c) => c.slug === national.slug)?.scopeArea).toBe("SN");
    expect(rows.find((c) => c.slug === global.slug)?.scopeArea).toBeNull();
  });
});

function settings(overrides: Record<string, unknown> = {}) {
  return {
    consultationId: here.id,
    title: "A clearer title",
    summary: here.summary,
    opensAt: null,
    closesAt: new Date("2031-01-31T17:00:00Z"),
    moderationMode: "pre",
    languages: ["en", "ar"],
    allowedGroups: ["diaspora", "civil_society"],
    autoHideThreshold: 5,
    ...overrides,
  };
}

describe("updateSettingsAction", () => {
  for (const kind of ACTOR_KINDS) {
    it(kind, async () => {
      request.actor = actors[kind];
      const result = await updateSettingsAction(settings());
      if (MANAGE_REFUSAL[kind]) {
        expect(result).toEqual({ ok: false, error: MANAGE_REFUSAL[kind] });
        expect(await stored()).toEqual(here);
        expect(await auditOf()).toEqual([]);
      } else {
        expect(result).toEqual({ ok: true });
        expect(await stored()).toMatchObject({
          title: "A clearer title",
          closesAt: new Date("2031-01-31T17:00:00Z"),
          moderationMode: "pre",
          languages: ["en", "ar"],
          allowedGroups: ["civil_society", "diaspora"],
          autoHideThreshold: 5,
        });
        const [row] = await auditOf();
        expect(row).toMatchObject({
          action: "consultation.update",
          actorId: (actors[kind] as { id: string }).id,
          before: { title: "Test consultation", closesAt: null, moderationMode: "post", autoHideThreshold: 3 },
          after: { title: "A clearer title", closesAt: "2031-01-31T17:00:00.000Z", moderationMode: "pre", autoHideThreshold: 5 },
        });
        // Only what changed is recorded.
        expect(Object.keys(row.before as object).sort()).toEqual(["allowedGroups", "autoHideThreshold", "closesAt", "languages", "moderationMode", "title"]);
      }
    });
  }

  it("records nothing when nothing changed", async () => {
    request.actor = actors.secretariat;
    const same = settings({ title: here.title, closesAt: null, moderationMode: "post", languages: here.languages, allowedGroups: [], autoHideThreshold: 3 });
    expect(await updateSettingsAction(same)).toEqual({ ok: true });
    expect(await auditOf()).toEqual([]);
  });

  it("bad input: field errors, nothing changed", async () => {
    request.actor = actors.secretariat;
    const result = await updateSettingsAction(
      settings({ title: " ", autoHideThreshold: 0, moderationMode: "never", languages: ["xx"], opensAt: "not a date" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        title: ["required"],
        autoHideThreshold: ["thresholdInvalid"],
        moderationMode: ["required"],
        "languages.0": ["languageUnknown"],
        opensAt: ["dateInvalid"],
      },
    });
    expect(await stored()).toEqual(here);
  });

  it("an unknown consultation is not found", async () => {
    request.actor = actors.admin;
    expect(await updateSettingsAction(settings({ consultationId: crypto.randomUUID() }))).toEqual({ ok: false, error: "notFound" });
  });
});

describe("changeStatusAction", () => {
  for (const kind of ACTOR_KINDS) {
    it(kind, async () => {
      request.actor = actors[kind];
      const result = await changeStatusAction({ consultationId: here.id, status: "closed" });
      if (MANAGE_REFUSAL[kind]) {
        expect(result).toEqual({ ok: false, error: MANAGE_REFUSAL[kind] });
        expect((await stored()).status).toBe("open");
        expect(await auditOf()).toEqual([]);
      } else {
        expect(result).toEqual({ ok: true });
        expect((await stored()).status).toBe("closed");
        expect(await auditOf()).toMatchObject([{ action: "consultation.close", before: { status: "open" }, after: { status: "closed" } }]);
      }
    });
  }

  it("opens, closes, reopens and archives, refusing what does not follow", async () => {
    request.actor = actors.secretariat;
    const change = (status: string) => changeStatusAction({ consultationId: here.id, status });
    expect(await change("open")).toEqual({ ok: false, error: "statusChangeNotAllowed" });
    expect(await change("archived")).toEqual({ ok: false, error: "statusChangeNotAllowed" });
    expect(await change("closed")).toEqual({ ok: true });
    expect(await change("open")).toEqual({ ok: true });
    expect(await change("closed")).toEqual({ ok: true });
    expect(await change("archived")).toEqual({ ok: true });
    expect(await change("open")).toEqual({ ok: false, error: "statusChangeNotAllowed" });
    expect(await change("draft")).toMatchObject({ ok: false, fieldErrors: { status: ["unexpected"] } });
    expect((await auditOf()).map((r) => r.action)).toEqual(["consultation.close", "consultation.open", "consultation.close", "consultation.archive"]);
  });

  it("refuses to open past the closing date, until a later one is set", async () => {
    request.actor = actors.secretariat;
    await getDb().update(consultations).set({ status: "closed", closesAt: new Date(Date.now() - 60_000) }).where(eq(consultations.id, here.id));
    expect(await changeStatusAction({ consultationId: here.id, status: "open" })).toEqual({ ok: false, error: "closesAtPassed" });
    await updateSettingsAction(settings({ closesAt: new Date(Date.now() + 3_600_000) }));
    expect(await changeStatusAction({ consultationId: here.id, status: "open" })).toEqual({ ok: true });
  });

  it("a draft is seen only by its staff: an outsider is told it is not available", async () => {
    const { consultation: draft } = await createConsultation({ status: "draft" }, 0);
    request.actor = actors.participant;
    expect(await changeStatusAction({ consultationId: draft.id, status: "open" })).toEqual({ ok: false, error: "forbidden.consultationNotVisible" });
    request.actor = actors.admin;
    expect(await changeStatusAction({ consultationId: draft.id, status: "open" })).toEqual({ ok: true });
  });
});

describe("closing while someone is writing", () => {
  it("their submit is refused with a message, and nothing is posted", async () => {
    const { consultation, objectives } = await createConsultation({ status: "open" }, 1);
    const secretariat = await createUser({ platformRole: "admin" });
    const participant = await actorFor(await createUser());
    // The participant opened the page while the consultation was open, then the secretariat closed it.
    request.actor = await actorFor(secretariat);
    expect(await changeStatusAction({ consultationId: consultation.id, status: "closed" })).toEqual({ ok: true });
    request.actor = participant;
    const post = { objectiveId: objectives[0].id, body: "Typed before the close", stance: "supports", locale: "en", tags: [], idempotencyKey: crypto.randomUUID() };
    expect(await postCommentAction(post)).toEqual({ ok: false, error: "forbidden.consultationNotOpen" });
    expect(await getDb().select().from(comments).where(eq(comments.consultationId, consultation.id))).toEqual([]);
  });
});
