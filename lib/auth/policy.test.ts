import { describe, expect, it } from "vitest";
import type { Actor, UserActor } from "./actor";
import { ACTIONS, assertCan, decide, ForbiddenError, type Action, type Resource } from "./policy";

const HERE = "consultation-here";
const ELSEWHERE = "consultation-elsewhere";

function user(id: string, overrides: Partial<UserActor> = {}): UserActor {
  return {
    kind: "user",
    id,
    name: id,
    email: `${id}@example.org`,
    locale: "en",
    platformRole: "user",
    stakeholderGroup: "civil_society",
    affiliationStatus: "none",
    staff: {},
    suspendedIn: [],
    ...overrides,
  };
}

const ACTORS = {
  anonymous: { kind: "anonymous" },
  participant: user("participant"),
  author: user("author"),
  suspendedHere: user("suspended-here", { suspendedIn: [HERE] }),
  moderator: user("moderator", { staff: { [HERE]: ["moderator"] } }),
  moderatorElsewhere: user("moderator-elsewhere", { staff: { [ELSEWHERE]: ["moderator"] } }),
  secretariat: user("secretariat", { staff: { [HERE]: ["secretariat"] } }),
  secretariatElsewhere: user("secretariat-elsewhere", { staff: { [ELSEWHERE]: ["secretariat"] } }),
  suspendedModerator: user("suspended-moderator", { staff: { [HERE]: ["moderator"] }, suspendedIn: [HERE] }),
  admin: user("admin", { platformRole: "admin" }),
} satisfies Record<string, Actor>;
type ActorKind = keyof typeof ACTORS;

const RESOURCE: Resource = {
  consultation: { id: HERE, status: "open", allowedGroups: [] },
  comment: { authorId: "author", status: "published", depth: 0, deleted: false },
};

const everyone = Object.keys(ACTORS) as ActorKind[];
const signedInActive: ActorKind[] = [
  "participant",
  "author",
  "moderator",
  "moderatorElsewhere",
  "secretariat",
  "secretariatElsewhere",
  "admin",
];
const staffHere: ActorKind[] = ["moderator", "secretariat", "admin"];
const secretariatHere: ActorKind[] = ["secretariat", "admin"];

/** Who may do what in an open consultation, on a published top-level comment by "author". */
const EXPECTED: Record<Action, ActorKind[]> = {
  "consultation.read": everyone,
  "comment.create": signedInActive,
  "comment.reply": signedInActive,
  "comment.editOwn": ["author"],
  "comment.deleteOwn": ["author"],
  "comment.endorse": signedInActive.filter((a) => a !== "author"),
  "comment.flag": signedInActive.filter((a) => a !== "author"),
  "comment.moderate": staffHere,
  "moderation.view": staffHere,
  "moderation.note": staffHere,
  "moderation.reasons": secretariatHere,
  "audit.view": staffHere,
  "participant.suspend": staffHere,
  "participant.suspendPlatform": ["admin"],
  "affiliation.verify": ["secretariat", "secretariatElsewhere", "admin"],
  "dashboard.view": secretariatHere,
  "consultation.export": secretariatHere,
  "consultation.manage": secretariatHere,
  "consultation.create": ["admin"],
  "staff.appoint": ["admin"],
};

describe("policy: every actor kind × every action", () => {
  it("has an expectation for every action", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    for (const kind of everyone) {
      const allowed = EXPECTED[action].includes(kind);
      it(`${kind} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(decide(ACTORS[kind], action, RESOURCE).ok).toBe(allowed);
      });
    }
  }
});

describe("policy: the state of the consultation and the comment", () => {
  const withConsultation = (patch: Partial<NonNullable<Resource["consultation"]>>): Resource => ({
    ...RESOURCE,
    consultation: { ...RESOURCE.consultation!, ...patch },
  });
  const withComment = (patch: Partial<NonNullable<Resource["comment"]>>): Resource => ({
    ...RESOURCE,
    comment: { ...RESOURCE.comment!, ...patch },
  });

  it("makes a closed consultation read-only for participants", () => {
    const closed = withConsultation({ status: "closed" });
    for (const action of ["comment.create", "comment.reply", "comment.endorse", "comment.flag"] as const) {
      expect(decide(ACTORS.participant, action, closed)).toEqual({ ok: false, reason: "consultationNotOpen" });
    }
    expect(decide(ACTORS.author, "comment.editOwn", closed).ok).toBe(false);
    expect(decide(ACTORS.anonymous, "consultation.read", closed).ok).toBe(true);
    expect(decide(ACTORS.moderator, "comment.moderate", closed).ok).toBe(true);
  });

  it("hides a draft from everyone but its staff and admins", () => {
    const draft = withConsultation({ status: "draft" });
    expect(decide(ACTORS.anonymous, "consultation.read", draft).ok).toBe(false);
    expect(decide(ACTORS.participant, "consultation.read", draft).ok).toBe(false);
    expect(decide(ACTORS.moderatorElsewhere, "consultation.read", draft).ok).toBe(false);
    expect(decide(ACTORS.moderator, "consultation.read", draft).ok).toBe(true);
    expect(decide(ACTORS.admin, "consultation.read", draft).ok).toBe(true);
    expect(decide(ACTORS.participant, "comment.create", draft)).toEqual({ ok: false, reason: "consultationNotVisible" });
  });

  it("lets only the allowed stakeholder groups comment", () => {
    const statesOnly = withConsultation({ allowedGroups: ["member_state"] });
    expect(decide(ACTORS.participant, "comment.create", statesOnly)).toEqual({ ok: false, reason: "groupNotAllowed" });
    const delegate = user("delegate", { stakeholderGroup: "member_state" });
    expect(decide(delegate, "comment.create", statesOnly).ok).toBe(true);
    expect(decide(ACTORS.participant, "comment.endorse", statesOnly).ok).toBe(true);
  });

  it("refuses replies past depth 3 and to unpublished or deleted comments", () => {
    expect(decide(ACTORS.participant, "comment.reply", withComment({ depth: 2 })).ok).toBe(true);
    expect(decide(ACTORS.participant, "comment.reply", withComment({ depth: 3 }))).toEqual({ ok: false, reason: "maxDepth" });
    for (const patch of [{ status: "hidden" as const }, { status: "pending" as const }, { deleted: true }]) {
      expect(decide(ACTORS.participant, "comment.reply", withComment(patch))).toEqual({
        ok: false,
        reason: "commentUnavailable",
      });
      expect(decide(ACTORS.participant, "comment.endorse", withComment(patch)).ok).toBe(false);
    }
  });

  it("refuses moderating one's own comment, even to an admin", () => {
    const own = withComment({ authorId: "admin" });
    expect(decide(ACTORS.admin, "comment.moderate", own)).toEqual({ ok: false, reason: "ownComment" });
  });

  it("refuses editing a deleted comment", () => {
    expect(decide(ACTORS.author, "comment.editOwn", withComment({ deleted: true })).ok).toBe(false);
  });
});

describe("affiliation.verify", () => {
  it("is refused to a secretariat member suspended where they serve", () => {
    const suspended = user("suspended-secretariat", { staff: { [HERE]: ["secretariat"] }, suspendedIn: [HERE] });
    expect(decide(suspended, "affiliation.verify")).toEqual({ ok: false, reason: "suspended" });
    const servingElsewhereToo = { ...suspended, staff: { [HERE]: ["secretariat" as const], [ELSEWHERE]: ["secretariat" as const] } };
    expect(decide(servingElsewhereToo, "affiliation.verify").ok).toBe(true);
  });
});

describe("assertCan", () => {
  it("throws a ForbiddenError carrying the reason", () => {
    expect(() => assertCan(ACTORS.anonymous, "comment.create", RESOURCE)).toThrow(ForbiddenError);
    try {
      assertCan(ACTORS.suspendedHere, "comment.create", RESOURCE);
    } catch (error) {
      expect((error as ForbiddenError).reason).toBe("suspended");
    }
  });

  it("passes silently when allowed", () => {
    expect(() => assertCan(ACTORS.participant, "comment.create", RESOURCE)).not.toThrow();
  });
});
