import type { Consultation, User } from "@/db/schema";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { actorFor, appoint, createConsultation, createUser, suspend } from "@/test/factories";

/**
 * Every kind of actor the administration screens are tested against, around one consultation:
 * "suspendedStaff" is a secretariat member suspended in the consultation they serve, and
 * "suspendedAdmin" an admin suspended from the whole platform (whose session no longer counts).
 */
export const ADMIN_ACTOR_KINDS = [
  "anonymous",
  "participant",
  "moderatorElsewhere",
  "moderator",
  "secretariat",
  "admin",
  "suspendedStaff",
  "suspendedAdmin",
] as const;
export type AdminActorKind = (typeof ADMIN_ACTOR_KINDS)[number];

export async function adminActors(): Promise<{ consultation: Consultation; users: Record<AdminActorKind, User | undefined>; actors: Record<AdminActorKind, Actor> }> {
  const { consultation } = await createConsultation();
  const { consultation: elsewhere } = await createConsultation();
  const users = {
    anonymous: undefined,
    participant: await createUser(),
    moderatorElsewhere: await createUser(),
    moderator: await createUser(),
    secretariat: await createUser(),
    admin: await createUser({ platformRole: "admin" }),
    suspendedStaff: await createUser(),
    suspendedAdmin: await createUser({ platformRole: "admin" }),
  } satisfies Record<AdminActorKind, User | undefined>;
  await appoint(users.moderatorElsewhere, elsewhere, "moderator");
  await appoint(users.moderator, consultation, "moderator");
  await appoint(users.secretariat, consultation, "secretariat");
  await appoint(users.suspendedStaff, consultation, "secretariat");
  await suspend(users.suspendedStaff, consultation);
  await suspend(users.suspendedAdmin, null);
  const actors = { anonymous: ANONYMOUS } as Record<AdminActorKind, Actor>;
  for (const kind of ADMIN_ACTOR_KINDS) {
    const user = users[kind];
    if (user) actors[kind] = await actorFor(user);
  }
  return { consultation, users, actors };
}
