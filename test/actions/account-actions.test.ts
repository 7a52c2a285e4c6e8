import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { changePasswordAction, updateProfileAction } from "@/app/[locale]/(site)/account/actions";
import { signInAction, signOutAction } from "@/app/[locale]/(site)/sign-in/actions";
import { signUpAction } from "@/app/[locale]/(site)/sign-up/actions";
import { getDb } from "@/db/client";
import { rateLimits, users, type User } from "@/db/schema";
import { ANONYMOUS, loadActor, type Actor } from "@/lib/auth/actor";
import { authorizeCredentials } from "@/lib/auth/authorize";
import { actorFor, createUser, PASSWORD, signUpForm, suspend } from "@/test/factories";

/**
 * Server actions are public POST endpoints: these tests call them as a raw request would, with
 * unvalidated input, as each kind of actor. Only the framework's request context (the session
 * cookie, redirects' locale, cache revalidation) is stood in for; the database is real.
 */

const request = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor, client: "action-test" }));

vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => request.actor }));
vi.mock("@/lib/auth", async () => {
  const { authorizeCredentials: authorize, RATE_LIMITED_CODE } = await import("@/lib/auth/authorize");
  return {
    RATE_LIMITED_CODE,
    // The real authorize step, minus the cookie Auth.js would set.
    signIn: vi.fn(async (_provider: string, credentials: Record<string, unknown>) =>
      authorize(credentials, new Headers({ "x-forwarded-for": request.client })),
    ),
    signOut: vi.fn(async () => undefined),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));

const redirectTo = (path: string) => expect.objectContaining({ digest: expect.stringContaining(`;${path};`) });

async function as(kind: "anonymous" | "participant" | "suspended" | "moderator" | "admin"): Promise<User | undefined> {
  request.client = `client-${Math.random()}`;
  if (kind === "anonymous") {
    request.actor = ANONYMOUS;
    return undefined;
  }
  const user = await createUser({ platformRole: kind === "admin" ? "admin" : "user" });
  if (kind === "suspended") await suspend(user, null);
  request.actor = await actorFor(user);
  return user;
}

const signUpInput = () => signUpForm({ publicationPreference: "pseudonym" });

const profileInput = {
  name: "Updated Name",
  organization: "Updated Org",
  stakeholderGroup: "academia",
  country: "FR",
  locale: "fr",
  publicationPreference: "organization_only",
};

beforeEach(() => {
  request.actor = ANONYMOUS;
});

describe("signUpAction", () => {
  it("anonymous: creates the account, signs in and redirects to the account page", async () => {
    await as("anonymous");
    const input = signUpInput();
    await expect(signUpAction(input)).rejects.toEqual(redirectTo("/en/account?welcome=1"));
    expect(await getDb().select().from(users).where(eq(users.email, input.email))).toHaveLength(1);
  });

  it("anonymous with bad input: field errors and nothing created", async () => {
    await as("anonymous");
    const input = { ...signUpInput(), password: "short", country: "XX", stakeholderGroup: "nope", name: "" };
    const result = await signUpAction(input);
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        password: ["passwordTooShort"],
        country: ["countryUnknown"],
        stakeholderGroup: ["groupUnknown"],
        name: ["required"],
      },
    });
    expect(await getDb().select().from(users).where(eq(users.email, input.email))).toHaveLength(0);
    expect(await signUpAction("not even an object")).toMatchObject({ ok: false, fieldErrors: expect.any(Object) });
  });

  it("anonymous while sign-ins are rate-limited: the account is kept and the person is asked to sign in", async () => {
    await as("anonymous");
    await getDb()
      .insert(rateLimits)
      .values({ key: `sign-in:client:${request.client}`, hits: 1000, resetAt: new Date(Date.now() + 60_000) });
    const input = signUpInput();
    await expect(signUpAction(input)).rejects.toEqual(redirectTo("/en/sign-in?created=1"));
    expect(await getDb().select().from(users).where(eq(users.email, input.email))).toHaveLength(1);
  });

  it("anonymous with a taken email: an error on the email field", async () => {
    const existing = await createUser();
    await as("anonymous");
    expect(await signUpAction({ ...signUpInput(), email: existing.email })).toEqual({
      ok: false,
      fieldErrors: { email: ["emailTaken"] },
    });
  });

  for (const kind of ["participant", "moderator", "admin"] as const) {
    it(`${kind}: refused, already signed in`, async () => {
      await as(kind);
      const input = signUpInput();
      expect(await signUpAction(input)).toEqual({ ok: false, error: "alreadySignedIn" });
      expect(await getDb().select().from(users).where(eq(users.email, input.email))).toHaveLength(0);
    });
  }
});

describe("signInAction", () => {
  it("right password: redirects to a same-site callback, never elsewhere", async () => {
    const user = await createUser();
    await as("anonymous");
    await expect(signInAction({ email: user.email, password: PASSWORD, callbackUrl: "/fr/account" })).rejects.toEqual(
      redirectTo("/fr/account"),
    );
    await expect(
      signInAction({ email: user.email, password: PASSWORD, callbackUrl: "https://evil.example/steal" }),
    ).rejects.toEqual(redirectTo("/en"));
    await expect(signInAction({ email: user.email, password: PASSWORD, callbackUrl: "//evil.example" })).rejects.toEqual(
      redirectTo("/en"),
    );
  });

  it("wrong password and unknown email: the same generic error", async () => {
    const user = await createUser();
    await as("anonymous");
    const wrong = await signInAction({ email: user.email, password: "wrong password!" });
    const unknown = await signInAction({ email: "nobody@example.org", password: PASSWORD });
    expect(wrong).toEqual({ ok: false, error: "invalidCredentials" });
    expect(unknown).toEqual(wrong);
  });

  it("too many attempts: a rate-limit error with the minutes to wait", async () => {
    const user = await createUser();
    await as("anonymous");
    for (let i = 0; i < 5; i++) await signInAction({ email: user.email, password: "wrong password!" });
    expect(await signInAction({ email: user.email, password: PASSWORD })).toEqual({
      ok: false,
      error: "rateLimited",
      values: { minutes: 15 },
    });
  });

  it("a suspended account: told so, no session", async () => {
    const user = await createUser();
    await suspend(user, null);
    await as("anonymous");
    expect(await signInAction({ email: user.email, password: PASSWORD })).toEqual({ ok: false, error: "accountSuspended" });
  });

  it("malformed input: field errors", async () => {
    await as("anonymous");
    expect(await signInAction({ email: "x", password: "" })).toEqual({
      ok: false,
      fieldErrors: { email: ["emailInvalid"], password: ["required"] },
    });
  });
});

describe("signOutAction", () => {
  it("participant: revokes every session issued before", async () => {
    const user = (await as("participant"))!;
    await expect(signOutAction()).rejects.toEqual(redirectTo("/en"));
    expect(await loadActor(getDb(), user.id, 1)).toEqual(ANONYMOUS);
  });

  it("anonymous: nothing to revoke, still redirected home", async () => {
    await as("anonymous");
    await expect(signOutAction()).rejects.toEqual(redirectTo("/en"));
  });
});

describe("updateProfileAction", () => {
  for (const kind of ["anonymous", "suspended"] as const) {
    it(`${kind}: refused (a platform suspension revokes the session)`, async () => {
      const user = await as(kind);
      expect(await updateProfileAction(profileInput)).toEqual({ ok: false, error: "forbidden.signInRequired" });
      if (user) expect((await getDb().select().from(users).where(eq(users.id, user.id)))[0].name).toBe(user.name);
    });
  }

  for (const kind of ["participant", "moderator", "admin"] as const) {
    it(`${kind}: updates only their own profile`, async () => {
      const other = await createUser({ name: "Untouched" });
      const user = (await as(kind))!;
      expect(await updateProfileAction({ ...profileInput, id: other.id })).toEqual({ ok: true });
      const [row] = await getDb().select().from(users).where(eq(users.id, user.id));
      expect(row).toMatchObject({ name: "Updated Name", country: "FR", publicationPreference: "organization_only" });
      const [untouched] = await getDb().select().from(users).where(eq(users.id, other.id));
      expect(untouched.name).toBe("Untouched");
    });
  }

  it("participant with bad input: field errors, nothing changed", async () => {
    const user = (await as("participant"))!;
    expect(await updateProfileAction({ ...profileInput, country: "Narnia", organization: "" })).toEqual({
      ok: false,
      fieldErrors: { country: ["countryUnknown"], organization: ["organizationRequired"] },
    });
    const [row] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(row.name).toBe(user.name);
  });
});

describe("changePasswordAction", () => {
  it("anonymous: refused", async () => {
    await as("anonymous");
    expect(await changePasswordAction({ currentPassword: PASSWORD, newPassword: "a brand new passphrase" })).toEqual({
      ok: false,
      error: "forbidden.signInRequired",
    });
  });

  it("participant: wrong current password is a field error", async () => {
    await as("participant");
    expect(await changePasswordAction({ currentPassword: "not my password", newPassword: "a brand new passphrase" })).toEqual({
      ok: false,
      fieldErrors: { currentPassword: ["currentPasswordWrong"] },
    });
  });

  it("participant: changes the password and signs in afresh", async () => {
    const user = (await as("participant"))!;
    expect(await changePasswordAction({ currentPassword: PASSWORD, newPassword: "a brand new passphrase" })).toEqual({
      ok: true,
    });
    await expect(authorizeCredentials({ email: user.email, password: "a brand new passphrase" }, new Headers())).resolves.toMatchObject({
      id: user.id,
      sessionVersion: 2,
    });
  });
});
