import type { Consultation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { castAround, createConsultation, type Cast } from "@/test/factories";

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
  const { actors } = await castAround(here, elsewhere, {
    anonymous: "anonymous",
    participant: {},
    moderator: { staff: { role: "moderator", of: "here" } },
    secretariatElsewhere: { staff: { role: "secretariat", of: "elsewhere" } },
    secretariat: { staff: { role: "secretariat", of: "here" } },
    admin: { admin: true },
    suspendedSecretariat: { staff: { role: "secretariat", of: "here" }, suspended: "here" },
  } satisfies Record<ActorKind, Cast>);
  return actors;
}
