import type { Locator, Page } from "@playwright/test";
import { Header } from "./header";

export class AccountPage {
  readonly header: Header;
  readonly main: Locator;
  readonly heading: Locator;
  /** The success message shown after signing up. */
  readonly welcome: Locator;
  readonly name: Locator;
  readonly organization: Locator;
  readonly stakeholderGroup: Locator;
  readonly country: Locator;
  readonly language: Locator;

  constructor(readonly page: Page) {
    this.header = new Header(page);
    this.main = page.getByRole("main");
    this.heading = this.main.getByRole("heading", { name: "My account", level: 1 });
    this.welcome = this.main.getByRole("status").filter({ hasText: "Welcome" });
    this.name = this.main.getByRole("textbox", { name: "Full name", exact: true });
    this.organization = this.main.getByRole("textbox", { name: "Organization", exact: true });
    this.stakeholderGroup = this.main.getByRole("combobox", { name: "Stakeholder group", exact: true });
    this.country = this.main.getByRole("combobox", { name: "Country", exact: true });
    this.language = this.main.getByRole("combobox", { name: "Preferred language", exact: true });
  }

  async goto(locale = "en"): Promise<void> {
    await this.page.goto(`/${locale}/account`);
  }
}
