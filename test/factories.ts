import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  comments,
  consultations,
  consultationStaff,
  objectives,
  suspensions,
  tags,
  users,
  type Comment,
  type Consultation,
  type NewComment,
  type NewConsultation,
  type NewUser,
  type Objective,
  type User,
} from "@/db/schema";
import { ANONYMOUS, loadActor, type Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { addDefaultReasons } from "@/lib/moderation/reasons";
import type { StaffRole } from "@/lib/domain-values";

export const PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

const unique = () => randomUUID().slice(0, 8);

export async function createUser(overrides: Partial<NewUser> = {}): Promise<User> {
  passwordHash ??= hashPassword(PASSWORD);
  const [user] = await getDb()
    .insert(users)
    .values({
      email: `user-${unique()}@example.org`,
      passwordHash: await passwordHash,
      name: "Test Participant",
      organization: "Test Organization",
      stakeholderGroup: "civil_society",
      country: "KE",
      pseudonym: `Participant ${unique()}`,
      ...overrides,
    })
    .returning();
  return user;
}

export async function createConsultation(
  overrides: Partial<NewConsultation> = {},
  objectiveCount = 3,
): Promise<{ consultation: Consultation; objectives: Objective[] }> {
  const db = getDb();
  const [consultation] = await db
    .insert(consultations)
    .values({ slug: `test-${unique()}`, title: "Test consultation", status: "open", ...overrides })
    .returning();
  const created =
    objectiveCount === 0
      ? []
      : await db
          .insert(objectives)
          .values(
            Array.from({ length: objectiveCount }, (_, i) => ({
              consultationId: consultation.id,
              number: i + 1,
              position: i + 1,
              shortTitle: `Objective ${i + 1}`,
              title: `Title of objective ${i + 1}`,
            })),
          )
          .returning();
  await addDefaultReasons(db, consultation.id);
  return { consultation, objectives: created.sort((a, b) => a.number - b.number) };
}

export async function appoint(user: User, consultation: Consultation, role: StaffRole): Promise<void> {
  await getDb().insert(consultationStaff).values({ userId: user.id, consultationId: consultation.id, role });
}

export async function suspend(user: User, consultation: Consultation | null, reason = "test"): Promise<void> {
  await getDb().insert(suspensions).values({ userId: user.id, consultationId: consultation?.id ?? null, reason });
}

/** Inserts a comment directly (the participation domain has its own tests). */
export async function createComment(
  objective: Objective,
  author: User,
  overrides: Partial<NewComment> = {},
): Promise<Comment> {
  const id = randomUUID();
  const [comment] = await getDb()
    .insert(comments)
    .values({
      id,
      rootId: id,
      consultationId: objective.consultationId,
      objectiveId: objective.id,
      authorId: author.id,
      body: "A comment",
      locale: "en",
      stance: "supports",
      status: "published",
      ...overrides,
    })
    .returning();
  return comment;
}

export async function actorFor(user: User): Promise<Actor> {
  const [fresh] = await getDb()
    .select({ sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, user.id));
  return loadActor(getDb(), user.id, fresh.sessionVersion);
}

/** Tags of kind "principle" for a consultation. */
export async function createPrinciples(consultation: Consultation, keys: string[]) {
  return getDb()
    .insert(tags)
    .values(keys.map((key, i) => ({ consultationId: consultation.id, kind: "principle" as const, key, label: key, position: i })))
    .returning();
}

/** What a person types into the sign-up form, before validation. */
export function signUpForm(overrides: Record<string, string> = {}) {
  return {
    name: "Rafael Santos",
    email: `rafael-${randomUUID()}@example.org`,
    password: "a long enough passphrase",
    organization: "Filipino Diaspora Council",
    stakeholderGroup: "diaspora",
    country: "PH",
    locale: "en",
    publicationPreference: "name_and_organization",
    ...overrides,
  };
}

let signInClient = 0;

/**
 * A real session cookie for the user, as the browser gets it from the sign-in form, for calling route
 * handlers as direct requests. Each call comes from its own client address, below the rate limits.
 */
export async function sessionCookie(user: User): Promise<string> {
  const { GET, POST } = await import("@/app/api/auth/[...nextauth]/route");
  const { NextRequest } = await import("next/server");
  const base = "http://localhost:3000/api/auth";
  const csrf = await GET(new NextRequest(`${base}/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const client = `10.77.${Math.floor(++signInClient / 250)}.${signInClient % 250}`;
  const response = await POST(
    new NextRequest(`${base}/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": client },
      body: new URLSearchParams({ email: user.email, password: PASSWORD, csrfToken }),
    }),
  );
  const session = response.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in failed for ${user.email}`);
  return session.split(";")[0];
}

/** Every kind of actor the moderation actions are tested with, around one consultation and one comment's author. */
export const MODERATION_ACTOR_KINDS = [
  "anonymous",
  "participant",
  "author",
  "moderatorElsewhere",
  "moderator",
  "secretariat",
  "admin",
  "suspendedModerator",
] as const;
export type ModerationActorKind = (typeof MODERATION_ACTOR_KINDS)[number];

/** What the moderation actions (decisions, notes, suspensions in the consultation) answer each kind: null is allowed. */
export const MODERATE_REFUSAL: Record<ModerationActorKind, string | null> = {
  anonymous: "forbidden.signInRequired",
  participant: "forbidden.notStaff",
  author: "forbidden.notStaff",
  moderatorElsewhere: "forbidden.notStaff",
  moderator: null,
  secretariat: null,
  admin: null,
  suspendedModerator: "forbidden.suspended",
};

export async function moderationScene() {
  const here = await createConsultation();
  const elsewhere = await createConsultation();
  const { users, actors } = await castAround(here.consultation, elsewhere.consultation, {
    anonymous: "anonymous",
    participant: {},
    author: { name: "Comment Author" },
    moderatorElsewhere: { staff: { role: "moderator", of: "elsewhere" } },
    moderator: { name: "Here Moderator", staff: { role: "moderator", of: "here" } },
    secretariat: { staff: { role: "secretariat", of: "here" } },
    admin: { admin: true },
    suspendedModerator: { staff: { role: "moderator", of: "here" }, suspended: "here" },
  } satisfies Record<ModerationActorKind, Cast>);
  return { ...here, elsewhere, author: users.author!, moderator: users.moderator!, actors };
}

/**
 * Who one actor of a scene is: a plain participant ({}), staff of the scene's consultation or of
 * another one, an admin, suspended in the consultation or from the whole platform; or nobody signed in.
 */
export type Cast = "anonymous" | { name?: string; admin?: true; staff?: { role: StaffRole; of: "here" | "elsewhere" }; suspended?: "here" | "platform" };

/** One user and its actor per kind of a scene, cast around a consultation ("here") and another one. */
export async function castAround<K extends string>(
  here: Consultation,
  elsewhere: Consultation,
  cast: Record<K, Cast>,
): Promise<{ users: Record<K, User | undefined>; actors: Record<K, Actor> }> {
  const users = {} as Record<K, User | undefined>;
  const actors = {} as Record<K, Actor>;
  for (const kind of Object.keys(cast) as K[]) {
    const part = cast[kind];
    if (part === "anonymous") {
      users[kind] = undefined;
      actors[kind] = ANONYMOUS;
      continue;
    }
    const user = await createUser({ ...(part.name ? { name: part.name } : {}), ...(part.admin ? { platformRole: "admin" } : {}) });
    if (part.staff) await appoint(user, part.staff.of === "here" ? here : elsewhere, part.staff.role);
    if (part.suspended) await suspend(user, part.suspended === "here" ? here : null);
    users[kind] = user;
    actors[kind] = await actorFor(user);
  }
  return { users, actors };
}
