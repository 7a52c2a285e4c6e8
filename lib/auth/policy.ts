import type { CommentStatus, ConsultationStatus, StaffRole, StakeholderGroup } from "@/lib/domain-values";
import { MAX_COMMENT_DEPTH } from "@/lib/domain-values";
import type { Actor, UserActor } from "./actor";

/**
 * The one place that decides what an actor may do. Domain functions call `assertCan` before they
 * touch data; pages call `can` only to hide what would be refused anyway.
 */

export const ACTIONS = [
  "consultation.read",
  "comment.create",
  "comment.reply",
  "comment.editOwn",
  "comment.deleteOwn",
  "comment.endorse",
  "comment.flag",
  "comment.moderate",
  "moderation.view",
  "moderation.note",
  "moderation.reasons",
  "audit.view",
  "participant.suspend",
  "participant.suspendPlatform",
  "affiliation.verify",
  "dashboard.view",
  "consultation.export",
  "consultation.manage",
  "consultation.create",
  "staff.appoint",
] as const;
export type Action = (typeof ACTIONS)[number];

export interface ConsultationRef {
  id: string;
  status: ConsultationStatus;
  /** Empty: every group may comment. */
  allowedGroups: readonly StakeholderGroup[];
}

export interface CommentRef {
  authorId: string;
  status: CommentStatus;
  depth: number;
  deleted: boolean;
}

export interface Resource {
  consultation?: ConsultationRef;
  comment?: CommentRef;
}

/** Why an action is refused; each reason has a translated message under `errors.forbidden.*`. */
export const DENIALS = [
  "signInRequired",
  "suspended",
  "notStaff",
  "notAdmin",
  "consultationNotOpen",
  "consultationNotVisible",
  "groupNotAllowed",
  "notAuthor",
  "ownComment",
  "commentUnavailable",
  "maxDepth",
] as const;
export type Denial = (typeof DENIALS)[number];

export type Decision = { ok: true } | { ok: false; reason: Denial };

const ALLOW: Decision = { ok: true };
const deny = (reason: Denial): Decision => ({ ok: false, reason });

function staffRoles(actor: UserActor, consultationId: string | undefined): StaffRole[] {
  return consultationId ? (actor.staff[consultationId] ?? []) : [];
}

function isAdmin(actor: Actor): boolean {
  return actor.kind === "user" && actor.platformRole === "admin";
}

function isStaff(actor: UserActor, consultationId: string | undefined, roles: StaffRole[]): boolean {
  return isAdmin(actor) || staffRoles(actor, consultationId).some((r) => roles.includes(r));
}

function canSee(actor: Actor, consultation: ConsultationRef | undefined): boolean {
  if (!consultation || consultation.status !== "draft") return true;
  return actor.kind === "user" && isStaff(actor, consultation.id, ["moderator", "secretariat"]);
}

/** Common gate for a participant's write in a consultation. */
function participantWrite(actor: UserActor, resource: Resource): Decision {
  const consultation = resource.consultation;
  if (!consultation) return deny("consultationNotVisible");
  if (actor.suspendedIn.includes(consultation.id)) return deny("suspended");
  if (consultation.status !== "open") return deny("consultationNotOpen");
  return ALLOW;
}

function onVisibleComment(resource: Resource): Decision {
  const comment = resource.comment;
  if (!comment || comment.deleted || comment.status !== "published") return deny("commentUnavailable");
  return ALLOW;
}

function all(...checks: (() => Decision)[]): Decision {
  for (const check of checks) {
    const decision = check();
    if (!decision.ok) return decision;
  }
  return ALLOW;
}

const STAFF: StaffRole[] = ["moderator", "secretariat"];

export function decide(actor: Actor, action: Action, resource: Resource = {}): Decision {
  if (!canSee(actor, resource.consultation)) return deny("consultationNotVisible");
  if (action === "consultation.read") return ALLOW;
  if (actor.kind === "anonymous") return deny("signInRequired");

  const consultationId = resource.consultation?.id;
  const groupAllowed = (): Decision => {
    const allowed = resource.consultation?.allowedGroups ?? [];
    return allowed.length === 0 || allowed.includes(actor.stakeholderGroup) ? ALLOW : deny("groupNotAllowed");
  };
  const isAuthor = (): Decision => (resource.comment?.authorId === actor.id ? ALLOW : deny("notAuthor"));
  const notAuthor = (): Decision => (resource.comment?.authorId === actor.id ? deny("ownComment") : ALLOW);
  const staff = (roles: StaffRole[]) => (): Decision => {
    if (!isStaff(actor, consultationId, roles)) return deny("notStaff");
    return consultationId && actor.suspendedIn.includes(consultationId) ? deny("suspended") : ALLOW;
  };
  const admin = (): Decision => (isAdmin(actor) ? ALLOW : deny("notAdmin"));
  const write = () => participantWrite(actor, resource);

  switch (action) {
    case "comment.create":
      return all(write, groupAllowed);
    case "comment.reply":
      return all(write, groupAllowed, () => onVisibleComment(resource), () =>
        (resource.comment?.depth ?? 0) >= MAX_COMMENT_DEPTH ? deny("maxDepth") : ALLOW,
      );
    case "comment.editOwn":
    case "comment.deleteOwn":
      return all(write, isAuthor, () => (resource.comment?.deleted ? deny("commentUnavailable") : ALLOW));
    case "comment.endorse":
    case "comment.flag":
      return all(write, () => onVisibleComment(resource), notAuthor);
    case "comment.moderate":
      return all(staff(STAFF), notAuthor);
    case "moderation.view":
    case "moderation.note":
    case "audit.view":
    case "participant.suspend":
      return staff(STAFF)();
    case "moderation.reasons":
      return staff(["secretariat"])();
    case "dashboard.view":
    case "consultation.export":
    case "consultation.manage":
      return staff(["secretariat"])();
    case "affiliation.verify": {
      // Affiliations are platform-wide: any consultation's secretariat may verify them, as long as
      // they are not suspended where they serve.
      if (isAdmin(actor)) return ALLOW;
      const serving = Object.keys(actor.staff).filter((id) => actor.staff[id].includes("secretariat"));
      if (serving.length === 0) return deny("notStaff");
      return serving.some((id) => !actor.suspendedIn.includes(id)) ? ALLOW : deny("suspended");
    }
    case "participant.suspendPlatform":
    case "consultation.create":
    case "staff.appoint":
      return admin();
  }
}

export function can(actor: Actor, action: Action, resource?: Resource): boolean {
  return decide(actor, action, resource).ok;
}

export class ForbiddenError extends Error {
  override name = "ForbiddenError";
  constructor(
    readonly action: Action,
    readonly reason: Denial,
  ) {
    super(`${action} refused: ${reason}`);
  }
}

/** Throws ForbiddenError unless allowed. Every action but reading needs a signed-in user, hence the narrowing. */
export function assertCan(
  actor: Actor,
  action: Exclude<Action, "consultation.read">,
  resource?: Resource,
): asserts actor is UserActor;
export function assertCan(actor: Actor, action: "consultation.read", resource?: Resource): void;
export function assertCan(actor: Actor, action: Action, resource?: Resource): void {
  const decision = decide(actor, action, resource);
  if (!decision.ok) throw new ForbiddenError(action, decision.reason);
}
