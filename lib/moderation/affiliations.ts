import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import type { AffiliationStatus } from "@/lib/domain-values";
import { DomainError, NotFoundError } from "@/lib/errors";

export type AffiliationDecision = "verify" | "reject" | "revoke";

const OUTCOME: Record<AffiliationDecision, { from: AffiliationStatus[]; to: AffiliationStatus }> = {
  verify: { from: ["pending", "rejected"], to: "verified" },
  reject: { from: ["pending"], to: "rejected" },
  revoke: { from: ["verified"], to: "pending" },
};

const declared = {
  id: users.id,
  name: users.name,
  email: users.email,
  organization: users.organization,
  stakeholderGroup: users.stakeholderGroup,
  country: users.country,
  since: users.updatedAt,
};

/** Accounts asking for verification, Member State delegations first, oldest request first. */
export async function listVerificationQueue(actor: Actor) {
  assertCan(actor, "affiliation.verify");
  return getDb()
    .select(declared)
    .from(users)
    .where(eq(users.affiliationStatus, "pending"))
    .orderBy(sql`${users.stakeholderGroup} = 'member_state' DESC`, asc(users.updatedAt));
}

export type DeclaredAffiliation = Awaited<ReturnType<typeof listVerificationQueue>>[number];

/** Verified accounts, Member State delegations first, then by name: the list a revocation starts from. */
export async function listVerified(actor: Actor) {
  assertCan(actor, "affiliation.verify");
  return getDb()
    .select({ ...declared, reviewedAt: users.affiliationReviewedAt })
    .from(users)
    .where(eq(users.affiliationStatus, "verified"))
    .orderBy(sql`${users.stakeholderGroup} = 'member_state' DESC`, asc(users.name), asc(users.id));
}

/**
 * Verifies, rejects or revokes an account's declared affiliation, with a note, in one transaction
 * with its audit row. A Member State account's comments carry the official mark exactly while it is
 * verified, so the mark follows the decision.
 */
export async function decideAffiliation(
  actor: Actor,
  input: { userId: string; decision: AffiliationDecision; note: string },
): Promise<AffiliationStatus> {
  assertCan(actor, "affiliation.verify");
  if (input.userId === actor.id) throw new DomainError("ownAffiliation");
  // A refusal is explained to the person; a verification needs no words.
  if (input.decision !== "verify" && input.note.trim() === "") throw new DomainError("noteRequired", "note");
  const { from, to } = OUTCOME[input.decision];
  return getDb().transaction(async (tx) => {
    const [user] = await tx
      .select({ status: users.affiliationStatus, group: users.stakeholderGroup })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update");
    if (!user) throw new NotFoundError();
    // Another staff member decided first: say so rather than overwrite their decision.
    if (!from.includes(user.status)) throw new DomainError("affiliationDecided");
    await tx
      .update(users)
      .set({
        affiliationStatus: to,
        affiliationReviewedBy: actor.id,
        affiliationReviewedAt: sql`now()`,
        affiliationNote: input.note.trim(),
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, input.userId));
    const official = user.group === "member_state" && to === "verified";
    await tx
      .update(comments)
      .set({ official })
      .where(and(eq(comments.authorId, input.userId), sql`${comments.official} <> ${official}`));
    await recordAudit(tx, {
      actorId: actor.id,
      action: `affiliation.${input.decision}`,
      consultationId: null,
      targetType: "user",
      targetId: input.userId,
      before: { affiliationStatus: user.status },
      after: { affiliationStatus: to },
      reason: input.note.trim(),
    });
    return to;
  });
}
