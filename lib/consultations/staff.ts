import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consultationStaff, users, type Consultation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import type { StaffRole } from "@/lib/domain-values";
import { DomainError } from "@/lib/errors";

/** A consultation's moderators and secretariat. */
export async function listStaff(actor: Actor, consultation: Consultation) {
  assertCan(actor, "staff.appoint", { consultation });
  return getDb()
    .select({ userId: users.id, name: users.name, email: users.email, organization: users.organization, role: consultationStaff.role, since: consultationStaff.createdAt })
    .from(consultationStaff)
    .innerJoin(users, eq(users.id, consultationStaff.userId))
    .where(eq(consultationStaff.consultationId, consultation.id))
    .orderBy(asc(consultationStaff.role), asc(users.name));
}

/**
 * Appoints a moderator or a secretariat member of one consultation, named by the email of their
 * account (what an admin knows); platform admins only.
 */
export async function appointStaff(actor: Actor, consultation: Consultation, input: { email: string; role: StaffRole }) {
  assertCan(actor, "staff.appoint", { consultation });
  return getDb().transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, input.email.trim().toLowerCase()));
    if (!user) throw new DomainError("noAccountWithEmail", "email");
    const [added] = await tx
      .insert(consultationStaff)
      .values({ consultationId: consultation.id, userId: user.id, role: input.role, appointedBy: actor.id })
      .onConflictDoNothing()
      .returning();
    if (!added) throw new DomainError("alreadyStaff");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "staff.appoint",
      consultationId: consultation.id,
      targetType: "user",
      targetId: user.id,
      before: null,
      after: { role: input.role },
    });
    return user;
  });
}

export async function removeStaff(actor: Actor, consultation: Consultation, input: { userId: string; role: StaffRole }) {
  assertCan(actor, "staff.appoint", { consultation });
  await getDb().transaction(async (tx) => {
    const [removed] = await tx
      .delete(consultationStaff)
      .where(
        and(
          eq(consultationStaff.consultationId, consultation.id),
          eq(consultationStaff.userId, input.userId),
          eq(consultationStaff.role, input.role),
        ),
      )
      .returning();
    if (!removed) throw new DomainError("notStaffMember");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "staff.remove",
      consultationId: consultation.id,
      targetType: "user",
      targetId: input.userId,
      before: { role: input.role },
      after: null,
    });
  });
}
