import type { Locator, Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expect, message, test } from "./fixtures";
import { AccountPage } from "./pages/account-page";
import { Header } from "./pages/header";
import { SignInPage } from "./pages/sign-in-page";
import { SignUpPage } from "./pages/sign-up-page";

test.describe("axe: WCAG 2.1 A and AA", () => {
  test("home", async ({ page, axe }) => {
    await page.goto("/en");
    await expect(page.getByRole("main").getByRole("heading", { name: "Consultations", level: 1 })).toBeVisible();
    await axe();
  });

  test("consultation overview", async ({ page, axe }) => {
    await page.goto("/en/consultations/gcm");
    await expect(page.getByRole("region", { name: "23 objectives" }).getByRole("listitem")).toHaveCount(23);
    await axe();
  });

  test("objective page", async ({ page, axe }) => {
    await page.goto("/en/consultations/gcm/objectives/5");
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
    await axe();
  });

  test("sign-in, and sign-in with a refused password", async ({ page, axe }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await axe({ label: "sign-in" });
    await signIn.signIn(DEMO.moderator.email, "not-the-right-password");
    await expect(signIn.formError).toBeVisible();
    await axe({ label: "sign-in with an error" });
  });

  test("sign-up, and sign-up after a failed submit", async ({ page, axe }) => {
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await axe({ label: "sign-up" });
    await signUp.submit.click();
    await expect(signUp.email).toHaveAttribute("aria-invalid", "true");
    await expect(signUp.country).toHaveAttribute("aria-invalid", "true");
    await axe({ label: "sign-up with errors" });
  });

  test("account (signed in)", async ({ page, axe }) => {
    const signIn = new SignInPage(page);
    await signIn.goto({ callbackUrl: "/en/account" });
    // A pending delegate: the page also shows the verification notice.
    await signIn.signIn(DEMO.pendingDelegate.email, DEMO_PASSWORD);
    const account = new AccountPage(page);
    await expect(page).toHaveURL(/\/en\/account$/);
    await expect(account.name).toHaveValue(DEMO.pendingDelegate.name);
    await axe();
  });

  test("not-found page", async ({ page, axe }) => {
    const response = await page.goto("/en/consultations/gcm/objectives/99");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await axe();
  });

  test("Arabic home", async ({ page, axe }) => {
    await page.goto("/ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("main").getByRole("heading", { name: message("ar", "home.title"), level: 1 })).toBeVisible();
    await axe();
  });

  test("French objective page", async ({ page, axe }) => {
    await page.goto("/fr/consultations/gcm/objectives/5");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await axe();
  });
});

/** Presses Tab until the element has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 25): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((node) => node === document.activeElement)) return presses;
  }
  throw new Error(`Tab never reached ${target}`);
}

test.describe("keyboard", () => {
  test("the first Tab reaches the skip link, which moves focus to the main content", async ({ page }) => {
    await page.goto("/en");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
  });

  test("signing in with the keyboard alone reaches the account page", async ({ page }) => {
    await page.goto("/en");
    const header = new Header(page);
    await tabTo(page, header.signInLink);
    await page.keyboard.press("Enter");

    const signIn = new SignInPage(page);
    await expect(signIn.heading).toBeVisible();
    await signIn.ready();
    await tabTo(page, signIn.email);
    await page.keyboard.type(DEMO.secretariat.email);
    await page.keyboard.press("Tab");
    await expect(signIn.password).toBeFocused();
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");

    await expect(header.accountLink).toBeVisible();
    await tabTo(page, header.accountLink);
    await page.keyboard.press("Enter");
    const account = new AccountPage(page);
    await expect(page).toHaveURL(/\/en\/account$/);
    await expect(account.heading).toBeVisible();
    await expect(account.name).toHaveValue(DEMO.secretariat.name);
  });
});
