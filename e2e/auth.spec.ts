import { DEMO, DEMO_PASSWORD, expect, message, test, uniqueEmail, uniquePassword } from "./fixtures";
import { AccountPage } from "./pages/account-page";
import { Header } from "./pages/header";
import { SignInPage } from "./pages/sign-in-page";
import { SignUpPage, type SignUpData } from "./pages/sign-up-page";
import { participant, signUp } from "./participants";

const INVALID_CREDENTIALS = "The email address or password is not correct.";

function diasporaMember(overrides: Partial<SignUpData> = {}): SignUpData {
  return {
    name: "Maria Clara Reyes",
    email: uniqueEmail("diaspora"),
    password: uniquePassword(),
    stakeholderGroup: "Diaspora organization",
    organization: "Filipino Migrant Workers Network",
    country: "Philippines",
    language: "Français",
    ...overrides,
  };
}

test.describe("sign-up, sign-out and sign-in", () => {
  test("a diaspora member signs up, signs out and signs in again", async ({ page }) => {
    const member = diasporaMember();
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await expect(signUp.heading).toBeVisible();
    await signUp.signUp(member);

    const account = new AccountPage(page);
    await expect(page).toHaveURL(/\/en\/account\?welcome=1$/);
    await expect(account.heading).toBeVisible();
    await expect(account.welcome).toHaveText(`Welcome, ${member.name}. Your account is ready.`);
    await expect(account.main.getByText(member.email, { exact: true })).toBeVisible();
    // The profile shows what was entered.
    await expect(account.name).toHaveValue(member.name);
    await expect(account.organization).toHaveValue(member.organization);
    await expect(account.stakeholderGroup).toHaveValue("diaspora");
    await expect(account.country).toHaveValue("PH");
    await expect(account.language).toHaveValue("fr");
    await expect(account.header.accountLink).toBeVisible();

    await account.header.signOut();
    const header = new Header(page);
    await expect(header.signInLink).toBeVisible();
    await expect(header.accountLink).toHaveCount(0);
    await expect(header.signOutButton).toHaveCount(0);
    await expect(page).toHaveURL(/\/en$/);

    await header.signInLink.click();
    const signIn = new SignInPage(page);
    await expect(signIn.heading).toBeVisible();
    await signIn.ready();
    await signIn.signIn(member.email, member.password);
    await expect(header.accountLink).toBeVisible();
    await expect(header.signInLink).toHaveCount(0);

    await header.accountLink.click();
    await expect(account.heading).toBeVisible();
    await expect(account.main.getByText(member.email, { exact: true })).toBeVisible();
    await expect(account.welcome).toHaveCount(0);
  });

  test("signing in with different letter case in the email works", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(`  ${DEMO.delegate.email.toUpperCase()} `, DEMO_PASSWORD);
    await expect(signIn.header.accountLink).toBeVisible();
  });

  test("the account page sends a signed-out visitor to sign in, and back after signing in", async ({ page }) => {
    await page.goto("/en/account");
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Faccount$/);
    const signIn = new SignInPage(page);
    await expect(signIn.heading).toBeVisible();
    await signIn.ready();
    await signIn.signIn(DEMO.civilSociety.email, DEMO_PASSWORD);

    await expect(page).toHaveURL(/\/en\/account$/);
    const account = new AccountPage(page);
    await expect(account.heading).toBeVisible();
    await expect(account.name).toHaveValue(DEMO.civilSociety.name);
  });

  test("a callback URL to another site is ignored", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto({ callbackUrl: "//evil.example.com/steal" });
    await signIn.signIn(DEMO.moderator.email, DEMO_PASSWORD);
    await expect(signIn.header.accountLink).toBeVisible();
    expect(new URL(page.url()).host).toBe("localhost:3100");
  });
});

test.describe("sign-up with bad input", () => {
  test("an empty form shows an error beside each required field", async ({ page }) => {
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.submit.click();

    await signUp.expectFieldError(signUp.email, "This field is required.");
    await signUp.expectFieldError(signUp.password, "The password must have at least 12 characters.");
    await signUp.expectFieldError(signUp.name, "This field is required.");
    await signUp.expectFieldError(signUp.stakeholderGroup, "Choose a stakeholder group from the list.");
    await signUp.expectFieldError(signUp.country, "Choose a country from the list.");
    // The language has a default (the page's), so it is not in error.
    await signUp.expectNoFieldError(signUp.language);
    // Focus goes to the first field in error, and nothing was sent anywhere.
    await expect(signUp.email).toBeFocused();
    await expect(page).toHaveURL(/\/en\/sign-up$/);
    await expect(signUp.heading).toBeVisible();
  });

  test("an organization is required unless one takes part as an individual", async ({ page }) => {
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.fill(diasporaMember({ organization: "" }));
    await signUp.submit.click();
    await signUp.expectFieldError(signUp.organization, "Enter your organization, or choose “Individual” as your group.");
    await expect(page).toHaveURL(/\/en\/sign-up$/);
  });

  test("a password under 12 characters is refused and no account is created", async ({ page }) => {
    const member = diasporaMember({ password: "short-pass1" });
    expect(member.password).toHaveLength(11);
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.signUp(member);

    await signUp.expectFieldError(signUp.password, "The password must have at least 12 characters.");
    for (const field of [signUp.email, signUp.name, signUp.stakeholderGroup, signUp.organization, signUp.country]) {
      await signUp.expectNoFieldError(field);
    }
    await expect(page).toHaveURL(/\/en\/sign-up$/);
    await expect(signUp.name).toHaveValue(member.name);

    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(member.email, member.password);
    await expect(signIn.formError).toHaveText(INVALID_CREDENTIALS);
  });

  test("a taken email is refused beside the email field, the typed values stay, and nothing changes", async ({ page }) => {
    const member = diasporaMember({ email: DEMO.diaspora.email, name: "Someone Else", organization: "Another Council" });
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.signUp(member);

    await signUp.expectFieldError(signUp.email, /already exists/);
    await expect(signUp.email).toBeFocused();
    await expect(page).toHaveURL(/\/en\/sign-up$/);
    await expect(signUp.name).toHaveValue(member.name);
    await expect(signUp.organization).toHaveValue(member.organization);
    await expect(signUp.email).toHaveValue(member.email);
    await expect(signUp.country).toHaveValue("PH");
    await expect(signUp.header.signInLink).toBeVisible();

    // The existing account kept its password: the one typed here does not open it, the old one does.
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(member.email, member.password);
    await expect(signIn.formError).toHaveText(INVALID_CREDENTIALS);
    await signIn.password.fill(DEMO_PASSWORD);
    await signIn.submit.click();
    await expect(signIn.header.accountLink).toBeVisible();
    const account = new AccountPage(page);
    await account.goto();
    await expect(account.name).toHaveValue(DEMO.diaspora.name);
  });

  test("markup and SQL in names are stored and shown as inert text", async ({ page, dialogs }) => {
    const member = diasporaMember({
      name: "<img src=x onerror=alert(1)>",
      organization: "'; DROP TABLE users; --",
    });
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.signUp(member);

    const account = new AccountPage(page);
    await expect(account.heading).toBeVisible();
    await expect(account.welcome).toHaveText(`Welcome, ${member.name}. Your account is ready.`);
    await expect(account.name).toHaveValue(member.name);
    await expect(account.organization).toHaveValue(member.organization);
    await expect(account.main.getByRole("img")).toHaveCount(0);

    // Read back from the database, not from the form's memory.
    await page.reload();
    await expect(account.name).toHaveValue(member.name);
    await expect(account.organization).toHaveValue(member.organization);
    expect(dialogs).toHaveLength(0);

    // The users table is still there: signing out and in again works.
    await account.header.signOut();
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(member.email, member.password);
    await expect(signIn.header.accountLink).toBeVisible();
    expect(dialogs).toHaveLength(0);
  });
});

test.describe("refused sign-ins", () => {
  test("a wrong password and an unknown email get the same generic message", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(DEMO.civilSociety.email, "not-the-right-password");
    await expect(signIn.formError).toHaveText(INVALID_CREDENTIALS);
    await expect(signIn.email).toHaveValue(DEMO.civilSociety.email);
    await expect(signIn.header.signInLink).toBeVisible();

    // A fresh page, so the message below cannot be the one left from the first attempt.
    await signIn.goto();
    await expect(signIn.formError).toHaveCount(0);
    await signIn.signIn(uniqueEmail("nobody"), DEMO_PASSWORD);
    await expect(signIn.formError).toHaveText(INVALID_CREDENTIALS);
    await expect(page).toHaveURL(/\/en\/sign-in$/);
    await expect(signIn.header.accountLink).toHaveCount(0);
  });
});

test("an action answers in the language of the page it was called from", async ({ page }) => {
  // Server Actions skip the proxy, which gives pages their language: the sign-out action must still
  // send a reader of the French pages to the French home page.
  await signUp(page, participant({ stakeholderGroup: "Academia and research" }));
  await page.goto("/fr/account");
  await page.getByRole("banner").getByRole("button", { name: message("fr", "nav.signOut"), exact: true }).click();
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.getByRole("banner").getByRole("link", { name: message("fr", "nav.signIn"), exact: true })).toBeVisible();
});
