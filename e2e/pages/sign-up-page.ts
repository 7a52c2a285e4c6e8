import { expect, type Locator, type Page } from "@playwright/test";
import { waitForHydration } from "../fixtures";
import { Header } from "./header";

export interface SignUpData {
  name: string;
  email: string;
  password: string;
  /** The visible label, e.g. "Diaspora organization". */
  stakeholderGroup: string;
  organization: string;
  /** The country's name, e.g. "Philippines". */
  country: string;
  /** The language's name in itself, e.g. "English", "Français". */
  language?: string;
}

export class SignUpPage {
  readonly header: Header;
  readonly main: Locator;
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly name: Locator;
  readonly stakeholderGroup: Locator;
  readonly organization: Locator;
  readonly country: Locator;
  readonly language: Locator;
  readonly submit: Locator;
  readonly formError: Locator;

  constructor(readonly page: Page) {
    this.header = new Header(page);
    this.main = page.getByRole("main");
    this.heading = this.main.getByRole("heading", { name: "Create an account", level: 1 });
    this.email = this.main.getByRole("textbox", { name: "Email address", exact: true });
    this.password = this.main.getByRole("textbox", { name: "Password", exact: true });
    this.name = this.main.getByRole("textbox", { name: "Full name", exact: true });
    this.stakeholderGroup = this.main.getByRole("combobox", { name: "Stakeholder group", exact: true });
    this.organization = this.main.getByRole("textbox", { name: "Organization", exact: true });
    this.country = this.main.getByRole("combobox", { name: "Country", exact: true });
    this.language = this.main.getByRole("combobox", { name: "Preferred language", exact: true });
    this.submit = this.main.getByRole("button", { name: "Create my account", exact: true });
    this.formError = this.main.getByRole("alert");
  }

  async goto(locale = "en"): Promise<void> {
    await this.page.goto(`/${locale}/sign-up`);
    await this.ready();
  }

  async ready(): Promise<void> {
    await waitForHydration(this.submit);
  }

  async fill(data: SignUpData): Promise<void> {
    await this.email.fill(data.email);
    await this.password.fill(data.password);
    await this.name.fill(data.name);
    await this.stakeholderGroup.selectOption({ label: data.stakeholderGroup });
    await this.organization.fill(data.organization);
    await this.country.selectOption({ label: data.country });
    if (data.language) await this.language.selectOption({ label: data.language });
  }

  async signUp(data: SignUpData): Promise<void> {
    await this.fill(data);
    await this.submit.click();
  }

  /** The field is marked invalid and its error is part of its accessible description. */
  async expectFieldError(field: Locator, text: string | RegExp): Promise<void> {
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(typeof text === "string" ? new RegExp(escape(text)) : text);
  }

  async expectNoFieldError(field: Locator): Promise<void> {
    await expect(field).not.toHaveAttribute("aria-invalid", "true");
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
