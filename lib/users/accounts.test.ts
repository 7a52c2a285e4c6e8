import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { ANONYMOUS, loadActor } from "@/lib/auth/actor";
import { authenticate } from "@/lib/auth/credentials";
import { DomainError } from "@/lib/errors";
import { actorFor, createUser, PASSWORD, signUpForm } from "@/test/factories";
import { changeOwnPassword, getOwnProfile, registerUser, requestVerification, signOutEverywhere, updateOwnProfile } from "./accounts";
import { signUpSchema, type SignUpInput } from "./schemas";

function signUp(overrides: Partial<SignUpInput> = {}): SignUpInput {
  return signUpSchema.parse({ ...signUpForm(), ...overrides });
}

async function stored(id: string) {
  const [row] = await getDb().select().from(users).where(eq(users.id, id));
  return row;
}

describe("registerUser", () => {
  it("creates an account that can sign in", async () => {
    const input = signUp();
    const { id } = await registerUser(ANONYMOUS, input);
    const row = await stored(id);
    expect(row).toMatchObject({ email: input.email, stakeholderGroup: "diaspora", affiliationStatus: "none", platformRole: "user" });
    expect(row.passwordHash).not.toContain(input.password);
    expect(row.pseudonym).toMatch(/^Participant [A-Z2-9]{6}$/);
    expect((await authenticate({ email: input.email, password: input.password, client: "t" })).ok).toBe(true);
  });

  it("starts Member State delegates as pending verification", async () => {
    const { id } = await registerUser(ANONYMOUS, signUp({ stakeholderGroup: "member_state" }));
    expect((await stored(id)).affiliationStatus).toBe("pending");
  });

  it("refuses a taken email on the email field, and creates nothing", async () => {
    const input = signUp();
    await registerUser(ANONYMOUS, input);
    const again = registerUser(ANONYMOUS, { ...input, name: "Someone else" });
    await expect(again).rejects.toMatchObject({ code: "emailTaken", field: "email" });
    const rows = await getDb().select().from(users).where(eq(users.email, input.email));
    expect(rows).toHaveLength(1);
    expect(rows[0].name).toBe("Rafael Santos");
  });

  it("keeps one account when two sign-ups with one email race", async () => {
    const input = signUp();
    const results = await Promise.allSettled([registerUser(ANONYMOUS, input), registerUser(ANONYMOUS, input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await getDb().select().from(users).where(eq(users.email, input.email))).toHaveLength(1);
  });

  it("refuses someone already signed in", async () => {
    const actor = await actorFor(await createUser());
    await expect(registerUser(actor, signUp())).rejects.toBeInstanceOf(DomainError);
  });
});

describe("updateOwnProfile", () => {
  const profile = { name: "New Name", organization: "Same Org", stakeholderGroup: "member_state", country: "SN", locale: "fr", publicationPreference: "pseudonym" } as const;

  it("updates the signed-in user's own profile", async () => {
    const user = await createUser({ stakeholderGroup: "member_state", organization: "Same Org", affiliationStatus: "verified" });
    await updateOwnProfile(await actorFor(user), profile);
    expect(await stored(user.id)).toMatchObject({ ...profile, affiliationStatus: "verified" });
  });

  it("sends a verified affiliation back to verification when the organization changes", async () => {
    const user = await createUser({ stakeholderGroup: "member_state", organization: "Same Org", affiliationStatus: "verified" });
    await updateOwnProfile(await actorFor(user), { ...profile, organization: "Another Mission" });
    expect((await stored(user.id)).affiliationStatus).toBe("pending");
  });

  it("drops verification when leaving the Member State group", async () => {
    const user = await createUser({ stakeholderGroup: "member_state", organization: "Same Org", affiliationStatus: "verified" });
    await updateOwnProfile(await actorFor(user), { ...profile, stakeholderGroup: "academia" });
    expect((await stored(user.id)).affiliationStatus).toBe("none");
  });

  it("refuses an anonymous caller", async () => {
    await expect(updateOwnProfile(ANONYMOUS, profile)).rejects.toMatchObject({ code: "forbidden.signInRequired" });
  });
});

describe("getOwnProfile", () => {
  it("returns the caller's profile and nothing for anonymous", async () => {
    const user = await createUser();
    expect(await getOwnProfile(await actorFor(user))).toMatchObject({ id: user.id, email: user.email });
    await expect(getOwnProfile(ANONYMOUS)).rejects.toBeInstanceOf(DomainError);
  });
});

describe("changeOwnPassword", () => {
  it("needs the current password", async () => {
    const user = await createUser();
    await expect(
      changeOwnPassword(await actorFor(user), { currentPassword: "not it at all", newPassword: "another long passphrase" }),
    ).rejects.toMatchObject({ code: "currentPasswordWrong", field: "currentPassword" });
  });

  it("changes the password and revokes every session", async () => {
    const user = await createUser();
    await changeOwnPassword(await actorFor(user), { currentPassword: PASSWORD, newPassword: "another long passphrase" });
    expect(await loadActor(getDb(), user.id, 1)).toEqual(ANONYMOUS);
    expect((await authenticate({ email: user.email, password: PASSWORD, client: "t" })).ok).toBe(false);
    expect((await authenticate({ email: user.email, password: "another long passphrase", client: "t" })).ok).toBe(true);
  });
});

describe("signOutEverywhere", () => {
  it("revokes the sessions issued so far", async () => {
    const user = await createUser();
    await signOutEverywhere(await actorFor(user));
    expect(await loadActor(getDb(), user.id, 1)).toEqual(ANONYMOUS);
  });
});

describe("requestVerification", () => {
  it("any organization may ask, again after a refusal; not while pending or verified", async () => {
    const ngo = await createUser({ stakeholderGroup: "civil_society" });
    await requestVerification(await actorFor(ngo));
    expect((await stored(ngo.id)).affiliationStatus).toBe("pending");
    await expect(requestVerification(await actorFor(ngo))).rejects.toMatchObject({ code: "verificationPending" });
    const refused = await createUser({ stakeholderGroup: "academia", affiliationStatus: "rejected" });
    await requestVerification(await actorFor(refused));
    expect((await stored(refused.id)).affiliationStatus).toBe("pending");
    const verified = await createUser({ stakeholderGroup: "member_state", affiliationStatus: "verified" });
    await expect(requestVerification(await actorFor(verified))).rejects.toMatchObject({ code: "alreadyVerified" });
    expect((await stored(verified.id)).affiliationStatus).toBe("verified");
  });

  it("an individual has no organization to verify; anonymous must sign in", async () => {
    const person = await createUser({ stakeholderGroup: "individual", organization: "" });
    await expect(requestVerification(await actorFor(person))).rejects.toMatchObject({ code: "verificationIndividual" });
    expect((await stored(person.id)).affiliationStatus).toBe("none");
    await expect(requestVerification(ANONYMOUS)).rejects.toMatchObject({ code: "forbidden.signInRequired" });
  });
});
