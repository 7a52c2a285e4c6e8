import "server-only";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type User } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { revokeSessions } from "@/lib/auth/sessions";
import type { AffiliationStatus, StakeholderGroup } from "@/lib/domain-values";
import { DomainError } from "@/lib/errors";
import { newPseudonym } from "./pseudonym";
import type { PasswordChangeInput, ProfileInput, SignUpInput } from "./schemas";

/** Member State delegations speak officially only once the secretariat verifies them. */
function initialAffiliation(group: StakeholderGroup): AffiliationStatus {
  return group === "member_state" ? "pending" : "none";
}

function profileColumns({ name, organization, stakeholderGroup, country, locale, publicationPreference }: ProfileInput) {
  return { name, organization, stakeholderGroup, country, locale, publicationPreference };
}

function requireUser(actor: Actor) {
  if (actor.kind !== "user") throw new DomainError("forbidden.signInRequired");
  return actor;
}

export async function registerUser(actor: Actor, input: SignUpInput): Promise<{ id: string }> {
  if (actor.kind === "user") throw new DomainError("alreadySignedIn");
  const passwordHash = await hashPassword(input.password);
  const [created] = await getDb()
    .insert(users)
    .values({
      ...profileColumns(input),
      email: input.email,
      passwordHash,
      affiliationStatus: initialAffiliation(input.stakeholderGroup),
      pseudonym: newPseudonym(),
    })
    // The unique index decides races between two sign-ups with one email.
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  if (!created) throw new DomainError("emailTaken", "email");
  return created;
}

export type Profile = Pick<
  User,
  | "id"
  | "email"
  | "name"
  | "organization"
  | "stakeholderGroup"
  | "country"
  | "locale"
  | "publicationPreference"
  | "pseudonym"
  | "affiliationStatus"
  | "platformRole"
  | "createdAt"
>;

export async function getOwnProfile(actor: Actor): Promise<Profile> {
  const user = requireUser(actor);
  const [row] = await getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      organization: users.organization,
      stakeholderGroup: users.stakeholderGroup,
      country: users.country,
      locale: users.locale,
      publicationPreference: users.publicationPreference,
      pseudonym: users.pseudonym,
      affiliationStatus: users.affiliationStatus,
      platformRole: users.platformRole,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, user.id));
  if (!row) throw new DomainError("forbidden.signInRequired");
  return row;
}

/**
 * Updates one's own profile. A verification vouches for a group and an organization: changing either
 * sends the account back to the start of verification.
 */
export async function updateOwnProfile(actor: Actor, input: ProfileInput): Promise<void> {
  const user = requireUser(actor);
  await getDb().transaction(async (tx) => {
    const [current] = await tx
      .select({ group: users.stakeholderGroup, organization: users.organization, status: users.affiliationStatus })
      .from(users)
      .where(eq(users.id, user.id))
      .for("update");
    if (!current) throw new DomainError("forbidden.signInRequired");
    const affiliationChanged = current.group !== input.stakeholderGroup || current.organization !== input.organization;
    await tx
      .update(users)
      .set({
        ...profileColumns(input),
        affiliationStatus: affiliationChanged ? initialAffiliation(input.stakeholderGroup) : current.status,
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, user.id));
  });
}

/**
 * Asks the secretariat to verify one's declared organization. Any organization may ask (Member State
 * delegations are asked for at sign-up); an individual speaks for no organization, so has none to verify.
 * Asking again after a refusal is allowed: the person may have corrected their profile.
 */
export async function requestVerification(actor: Actor): Promise<void> {
  const user = requireUser(actor);
  const [asked] = await getDb()
    .update(users)
    .set({ affiliationStatus: "pending", updatedAt: sql`now()` })
    .where(and(eq(users.id, user.id), inArray(users.affiliationStatus, ["none", "rejected"]), ne(users.stakeholderGroup, "individual")))
    .returning({ id: users.id });
  if (asked) return;
  const { stakeholderGroup, affiliationStatus } = await getOwnProfile(user);
  if (stakeholderGroup === "individual") throw new DomainError("verificationIndividual");
  throw new DomainError(affiliationStatus === "verified" ? "alreadyVerified" : "verificationPending");
}

/** Changes one's password and revokes every session, this one included: the caller signs in again. */
export async function changeOwnPassword(actor: Actor, input: PasswordChangeInput): Promise<void> {
  const user = requireUser(actor);
  const db = getDb();
  const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  if (!(await verifyPassword(row?.hash, input.currentPassword))) {
    throw new DomainError("currentPasswordWrong", "currentPassword");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await revokeSessions(tx, user.id);
  });
}

/** Signing out revokes every session of the account, so a copied cookie stops working too. */
export async function signOutEverywhere(actor: Actor): Promise<void> {
  if (actor.kind !== "user") return;
  await revokeSessions(getDb(), actor.id);
}
