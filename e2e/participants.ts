import { expect, type Browser, type Dialog, type Page } from "@playwright/test";
import { DEMO_PASSWORD, guardDialogs, uniqueEmail, uniquePassword } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";
import { SignUpPage, type SignUpData } from "./pages/sign-up-page";

/** Someone who takes part, as signed up through the form. */
export interface Participant extends SignUpData {
  /** How comments sign: "Name, Organization". */
  label: string;
}

export function participant(overrides: Partial<SignUpData> & Pick<SignUpData, "stakeholderGroup">): Participant {
  const data: SignUpData = {
    name: "Test Participant",
    email: uniqueEmail(overrides.stakeholderGroup.split(" ")[0].toLowerCase()),
    password: uniquePassword(),
    organization: "Test Organization",
    country: "Philippines",
    language: "English",
    ...overrides,
  };
  return { ...data, label: `${data.name}, ${data.organization}` };
}

/** Signs up through the form and waits for the account page; the page stays signed in. */
export async function signUp(page: Page, data: SignUpData): Promise<void> {
  const form = new SignUpPage(page);
  await form.goto();
  await form.signUp(data);
  await expect(page).toHaveURL(/\/en\/account\?welcome=1$/);
}

/** Signs in through the form, landing on `callbackUrl`. */
export async function signIn(page: Page, email: string, options: { password?: string; callbackUrl?: string } = {}): Promise<void> {
  const form = new SignInPage(page);
  await form.goto({ callbackUrl: options.callbackUrl });
  await form.signIn(email, options.password ?? DEMO_PASSWORD);
  // The callback may be a page in another language, whose header is translated.
  if (options.callbackUrl) await expect(page).toHaveURL(new RegExp(`${escape(options.callbackUrl)}$`));
  else await expect(form.header.accountLink).toBeVisible();
}

/** A second person's page, in a browser context of its own, with the same dialog guard as `page`. */
export async function otherPerson(browser: Browser, dialogs: Dialog[], baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "en-US" });
  const page = await context.newPage();
  guardDialogs(page, dialogs);
  return page;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
