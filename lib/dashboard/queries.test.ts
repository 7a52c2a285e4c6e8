import { beforeAll, describe, expect, it } from "vitest";
import { queryCounter } from "@/db/client";
import type { Consultation, Objective, User } from "@/db/schema";
import { ANONYMOUS } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/policy";
import { actorFor, appoint, createComment, createConsultation, createUser, suspend } from "@/test/factories";
import { activitySeries } from "./activity";
import { parseDashboardFilters, type DashboardFilters } from "./filters";
import { getDashboard } from "./queries";

/**
 * A small consultation whose numbers were counted by hand: six published comments on two of three
 * objectives, plus a hidden, a deleted and a pending one, and a comment in another consultation.
 */

let consultation: Consultation;
let objectives: Objective[];
const people = {} as Record<"ms1" | "ms2" | "cs1" | "cs2" | "ind" | "secretariat", User>;

const at = (day: string) => new Date(`2026-03-${day}T12:00:00Z`);
const published: DashboardFilters = { status: ["published"] };

beforeAll(async () => {
  ({ consultation, objectives } = await createConsultation());
  const other = await createConsultation();
  people.ms1 = await createUser({ stakeholderGroup: "member_state", country: "FR", organization: "Ministry of the Interior" });
  people.ms2 = await createUser({ stakeholderGroup: "member_state", country: "SN", organization: "Government of Senegal" });
  people.cs1 = await createUser({ stakeholderGroup: "civil_society", country: "KE", organization: "Migrant Rights Network" });
  people.cs2 = await createUser({ stakeholderGroup: "civil_society", country: "KE", organization: " migrant rights NETWORK " });
  people.ind = await createUser({ stakeholderGroup: "individual", country: "PH", organization: "" });
  people.secretariat = await createUser();
  await appoint(people.secretariat, consultation, "secretariat");

  const [o1, o2, o3] = objectives;
  await createComment(o1, people.ms1, { official: true, stance: "supports", createdAt: at("02") });
  await createComment(o1, people.cs1, { stance: "concerns", createdAt: at("02"), endorsementCount: 3 });
  await createComment(o1, people.cs2, { stance: "concerns", createdAt: at("03") });
  await createComment(o1, people.ind, { stance: "question", createdAt: at("10") });
  await createComment(o2, people.ms2, { official: true, stance: "proposes_change", createdAt: at("03"), endorsementCount: 5 });
  await createComment(o2, people.cs1, { stance: "supports", createdAt: at("05") });
  await createComment(o3, people.cs1, { status: "hidden", createdAt: at("04"), endorsementCount: 10 });
  await createComment(o3, people.ind, { createdAt: at("04"), deletedAt: at("06") });
  await createComment(o3, people.ms1, { status: "pending", official: true, createdAt: at("05") });
  await createComment(other.objectives[0], people.cs1, { createdAt: at("02"), endorsementCount: 50 });
});

async function dashboard(filters: DashboardFilters = published) {
  return getDashboard(await actorFor(people.secretariat), consultation, filters);
}

describe("getDashboard on published comments", () => {
  it("totals", async () => {
    expect((await dashboard()).totals).toEqual({ comments: 6, participants: 5, organizations: 3, countries: 4, officialStates: 2 });
  });

  it("the objective × stakeholder-group matrix and the stance breakdown, every objective present", async () => {
    const rows = (await dashboard()).objectives;
    expect(rows.map((r) => [r.number, r.total, r.byGroup, r.byStance])).toEqual([
      [1, 4, { member_state: 1, civil_society: 2, individual: 1 }, { supports: 1, concerns: 2, question: 1 }],
      [2, 2, { member_state: 1, civil_society: 1 }, { proposes_change: 1, supports: 1 }],
      [3, 0, {}, {}],
    ]);
  });

  it("regional spread", async () => {
    expect((await dashboard()).regions).toEqual([
      { region: "africa", comments: 4, participants: 3 },
      { region: "americas", comments: 0, participants: 0 },
      { region: "asia", comments: 1, participants: 1 },
      { region: "europe", comments: 1, participants: 1 },
      { region: "oceania", comments: 0, participants: 0 },
    ]);
  });

  it("activity per day from the first comment to the last, empty days included", async () => {
    const { activity } = await dashboard();
    expect(activity.unit).toBe("day");
    expect(activity.points).toEqual([
      { start: "2026-03-02", count: 2 },
      { start: "2026-03-03", count: 2 },
      { start: "2026-03-04", count: 0 },
      { start: "2026-03-05", count: 1 },
      { start: "2026-03-06", count: 0 },
      { start: "2026-03-07", count: 0 },
      { start: "2026-03-08", count: 0 },
      { start: "2026-03-09", count: 0 },
      { start: "2026-03-10", count: 1 },
    ]);
  });

  it("most endorsed, with the objective to link to and the author as published", async () => {
    const { mostEndorsed } = await dashboard();
    expect(mostEndorsed.map((c) => [c.objectiveNumber, c.endorsementCount, c.author.organization])).toEqual([
      [2, 5, "Government of Senegal"],
      [1, 3, "Migrant Rights Network"],
    ]);
  });
});

describe("getDashboard with filters", () => {
  it("hidden and deleted comments count only when the status filter includes them", async () => {
    const result = await dashboard({ status: ["published", "hidden", "deleted"] });
    expect(result.totals.comments).toBe(8);
    expect(result.objectives[2]).toMatchObject({ total: 2, byGroup: { civil_society: 1, individual: 1 } });
    expect(result.mostEndorsed[0].endorsementCount).toBe(10);
    const hiddenOnly = await dashboard({ status: ["hidden"] });
    expect(hiddenOnly.totals).toMatchObject({ comments: 1, participants: 1 });
    const pending = await dashboard({ status: ["pending"] });
    expect(pending.totals).toMatchObject({ comments: 1, officialStates: 1 });
  });

  it("a date range counts its days only, both ends included", async () => {
    const result = await dashboard({ status: ["published"], from: "2026-03-03", to: "2026-03-05" });
    // cs1 and cs2 write for the same organization, spelled differently.
    expect(result.totals).toEqual({ comments: 3, participants: 3, organizations: 2, countries: 2, officialStates: 1 });
    expect(result.activity.points).toEqual([
      { start: "2026-03-03", count: 2 },
      { start: "2026-03-04", count: 0 },
      { start: "2026-03-05", count: 1 },
    ]);
  });
});

describe("the cost of a dashboard", () => {
  it("is the same few queries for 3 objectives or 23", async () => {
    const admin = await actorFor(await createUser({ platformRole: "admin" }));
    const count = async (consultation: Consultation) => {
      const before = queryCounter.count;
      await getDashboard(admin, consultation, published);
      return queryCounter.count - before;
    };
    const big = await createConsultation({}, 23);
    for (const objective of big.objectives) await createComment(objective, people.cs1);
    expect(await count(consultation)).toBe(6);
    expect(await count(big.consultation)).toBe(6);
  });
});

describe("who may see the dashboard", () => {
  it("the consultation's secretariat and platform admins; nobody else", async () => {
    const moderator = await createUser();
    await appoint(moderator, consultation, "moderator");
    const elsewhere = await createUser();
    await appoint(elsewhere, (await createConsultation()).consultation, "secretariat");
    const suspended = await createUser();
    await appoint(suspended, consultation, "secretariat");
    await suspend(suspended, consultation);
    const admin = await createUser({ platformRole: "admin" });

    const refusals = [
      [ANONYMOUS, "signInRequired"],
      [await actorFor(people.cs1), "notStaff"],
      [await actorFor(moderator), "notStaff"],
      [await actorFor(elsewhere), "notStaff"],
      [await actorFor(suspended), "suspended"],
    ] as const;
    for (const [actor, reason] of refusals) {
      await expect(getDashboard(actor, consultation, published)).rejects.toMatchObject(new ForbiddenError("dashboard.view", reason));
    }
    expect((await getDashboard(await actorFor(admin), consultation, published)).totals.comments).toBe(6);
  });
});

describe("parseDashboardFilters", () => {
  it("reads the GET form, falling back to published comments and no range", () => {
    expect(parseDashboardFilters({})).toEqual({ from: undefined, to: undefined, status: ["published"] });
    expect(parseDashboardFilters({ from: "2026-03-01", to: "2026-03-31", status: ["hidden", "deleted", "nonsense"] })).toEqual({
      from: "2026-03-01",
      to: "2026-03-31",
      status: ["hidden", "deleted"],
    });
    expect(parseDashboardFilters({ from: "yesterday", to: "2026-02-30", status: "pending" })).toEqual({
      from: undefined,
      to: undefined,
      status: ["pending"],
    });
    expect(parseDashboardFilters({ from: "2026-03-10", to: "2026-03-01" })).toMatchObject({ from: "2026-03-10", to: undefined });
  });
});

describe("activitySeries", () => {
  it("sums long spans by week (weeks start on Monday)", () => {
    const series = activitySeries(
      [
        { day: "2026-01-01", count: 1 },
        { day: "2026-01-04", count: 2 },
        { day: "2026-01-05", count: 4 },
        { day: "2026-04-01", count: 8 },
      ],
      {},
    );
    expect(series.unit).toBe("week");
    expect(series.points[0]).toEqual({ start: "2025-12-29", count: 3 });
    expect(series.points[1]).toEqual({ start: "2026-01-05", count: 4 });
    expect(series.points.at(-1)).toEqual({ start: "2026-03-30", count: 8 });
    expect(series.points.reduce((sum, p) => sum + p.count, 0)).toBe(15);
  });

  it("is empty without comments or range", () => {
    expect(activitySeries([], {})).toEqual({ unit: "day", points: [] });
  });
});
