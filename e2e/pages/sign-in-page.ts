import type { Locator, Page } from "@playwright/test";
import { waitForHydration } from "../fixtures";
import { Header } from "./header";

export class SignInPage {
  readonly header: Header;
  readonly main: Locator;
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  /** The message about the whole form (wrong credentials, rate limit). */
  readonly formError: Locator;

  constructor(readonly page: Page) {
    this.header = new Header(page);
    this.main = page.getByRole("main");
    this.heading = this.main.getByRole("heading", { name: "Sign in", level: 1 });
    this.email = this.main.getByRole("textbox", { name: "Email address", exact: true });
    this.password = this.main.getByRole("textbox", { name: "Password", exact: true });
    this.submit = this.main.getByRole("button", { name: "Sign in", exact: true });
    this.formError = this.main.getByRole("alert");
  }

  async goto(options: { locale?: string; callbackUrl?: string } = {}): Promise<void> {
    const query = options.callbackUrl ? `?callbackUrl=${encodeURIComponent(options.callbackUrl)}` : "";
    await this.page.goto(`/${options.locale ?? "en"}/sign-in${query}`);
    await this.ready();
  }

  /** The form is interactive (hydrated). */
  async ready(): Promise<void> {
    await waitForHydration(this.submit);
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
