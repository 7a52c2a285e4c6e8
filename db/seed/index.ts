import { eq, inArray } from "drizzle-orm";
import { hashPassword } from "../../lib/auth/password";
import { addDefaultReasons } from "../../lib/moderation/reasons";
import { newPseudonym } from "../../lib/users/pseudonym";
import type { Database } from "../client";
import { consultations, consultationStaff, objectives, tags, users } from "../schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { seedDemoDiscussion } from "./demo-discussion";
import gcm from "./gcm.json";

function slugify(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * Idempotent: inserts what is missing and never overwrites what an admin or the secretariat edited.
 */
export async function seed(db: Database, options: { demoAccounts: boolean }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(consultations)
      .values({
        slug: gcm.consultation.slug,
        title: gcm.consultation.title,
        summary: gcm.consultation.summary,
        status: "open",
        moderationMode: "post",
        scope: "global",
        languages: gcm.languages.map((l) => l.code),
      })
      .onConflictDoNothing({ target: consultations.slug });
    const [consultation] = await tx.select().from(consultations).where(eq(consultations.slug, gcm.consultation.slug));

    await tx
      .insert(objectives)
      .values(
        gcm.objectives.map((o) => ({
          consultationId: consultation.id,
          number: o.number,
          position: o.number,
          shortTitle: o.short,
          title: o.title,
        })),
      )
      .onConflictDoNothing({ target: [objectives.consultationId, objectives.number] });

    await tx
      .insert(tags)
      .values(
        gcm.guidingPrinciples.map((label, index) => ({
          consultationId: consultation.id,
          kind: "principle" as const,
          key: slugify(label),
          label,
          position: index + 1,
        })),
      )
      .onConflictDoNothing({ target: [tags.consultationId, tags.key] });

    await addDefaultReasons(tx, consultation.id);

    if (!options.demoAccounts) return;

    const emails = DEMO_ACCOUNTS.map((a) => a.email);
    const existing = await tx.select({ email: users.email }).from(users).where(inArray(users.email, emails));
    const missing = DEMO_ACCOUNTS.filter((a) => !existing.some((e) => e.email === a.email));
    if (missing.length > 0) {
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      await tx
        .insert(users)
        .values(
          missing.map((a) => ({
            email: a.email,
            passwordHash,
            name: a.name,
            organization: a.organization,
            stakeholderGroup: a.stakeholderGroup,
            country: a.country,
            platformRole: a.platformRole ?? "user",
            affiliationStatus: a.affiliationStatus ?? "none",
            pseudonym: newPseudonym(),
          })),
        )
        .onConflictDoNothing({ target: users.email });
    }

    const staffAccounts = DEMO_ACCOUNTS.filter((a) => a.staffRole);
    const staffUsers = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.email, staffAccounts.map((a) => a.email)));
    await tx
      .insert(consultationStaff)
      .values(
        staffUsers.map((u) => ({
          consultationId: consultation.id,
          userId: u.id,
          role: staffAccounts.find((a) => a.email === u.email)!.staffRole!,
        })),
      )
      .onConflictDoNothing();

    await seedDemoDiscussion(tx, consultation.id);
  });
}
