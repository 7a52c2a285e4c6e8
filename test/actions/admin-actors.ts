import type { Consultation, User } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { castAround, createConsultation, type Cast } from "@/test/factories";

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

/** What the admins-only actions (staff appointments, platform suspensions) answer each kind: null is allowed. */
export const ADMIN_REFUSAL: Record<AdminActorKind, string | null> = {
  anonymous: "forbidden.signInRequired",
  participant: "forbidden.notAdmin",
  moderatorElsewhere: "forbidden.notAdmin",
  moderator: "forbidden.notAdmin",
  secretariat: "forbidden.notAdmin",
  admin: null,
  suspendedStaff: "forbidden.notAdmin",
  suspendedAdmin: "forbidden.signInRequired",
};

export async function adminActors(): Promise<{ consultation: Consultation; users: Record<AdminActorKind, User | undefined>; actors: Record<AdminActorKind, Actor> }> {
  const { consultation } = await createConsultation();
  const { consultation: elsewhere } = await createConsultation();
  const { users, actors } = await castAround(consultation, elsewhere, {
    anonymous: "anonymous",
    participant: {},
    moderatorElsewhere: { staff: { role: "moderator", of: "elsewhere" } },
    moderator: { staff: { role: "moderator", of: "here" } },
    secretariat: { staff: { role: "secretariat", of: "here" } },
    admin: { admin: true },
    suspendedStaff: { staff: { role: "secretariat", of: "here" }, suspended: "here" },
    suspendedAdmin: { admin: true, suspended: "platform" },
  } satisfies Record<AdminActorKind, Cast>);
  return { consultation, users, actors };
}
