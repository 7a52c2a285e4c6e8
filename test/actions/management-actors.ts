import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import type { Consultation } from "@/db/schema";
import { actorFor, appoint, createConsultation, createUser, suspend } from "@/test/factories";

/** Everyone who may call a management action, around one consultation ("here"). */
export const ACTOR_KINDS = [
  "anonymous",
  "participant",
  "moderator",
  "secretariatElsewhere",
  "secretariat",
  "admin",
  "suspendedSecretariat",
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** What the consultation's management actions answer each kind: null is allowed. */
export const MANAGE_REFUSAL: Record<ActorKind, string | null> = {
  anonymous: "forbidden.signInRequired",
  participant: "forbidden.notStaff",
  moderator: "forbidden.notStaff",
  secretariatElsewhere: "forbidden.notStaff",
  secretariat: null,
  admin: null,
  suspendedSecretariat: "forbidden.suspended",
};

export async function actorsAround(here: Consultation): Promise<Record<ActorKind, Actor>> {
  const { consultation: elsewhere } = await createConsultation({}, 0);
  const staff = async (consultation: Consultation, role: "moderator" | "secretariat") => {
    const user = await createUser();
    await appoint(user, consultation, role);
    return user;
  };
  const suspended = await staff(here, "secretariat");
  await suspend(suspended, here);
  return {
    anonymous: ANONYMOUS,
    participant: await actorFor(await createUser()),
    moderator: await actorFor(await staff(here, "moderator")),
    secretariatElsewhere: await actorFor(await staff(elsewhere, "secretariat")),
    secretariat: await actorFor(await staff(here, "secretariat")),
    admin: await actorFor(await createUser({ platformRole: "admin" })),
    suspendedSecretariat: await actorFor(suspended),
  };
}
