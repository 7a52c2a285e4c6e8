import type { Locator, Page } from "@playwright/test";

/** The site header: brand, main navigation (sign in/up, account, sign out) and language switcher. */
export class Header {
  readonly banner: Locator;
  readonly brand: Locator;
  readonly consultationsLink: Locator;
  readonly signInLink: Locator;
  readonly signUpLink: Locator;
  readonly accountLink: Locator;
  readonly signOutButton: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByRole("banner");
    this.brand = this.banner.getByRole("link", { name: "Consultation Hub", exact: true });
    this.consultationsLink = this.banner.getByRole("link", { name: "Consultations", exact: true });
    this.signInLink = this.banner.getByRole("link", { name: "Sign in", exact: true });
    this.signUpLink = this.banner.getByRole("link", { name: "Create an account", exact: true });
    this.accountLink = this.banner.getByRole("link", { name: "My account", exact: true });
    this.signOutButton = this.banner.getByRole("button", { name: "Sign out", exact: true });
  }

  /** A language in the switcher, named in itself ("English", "Français", "العربية"). */
  languageLink(name: string): Locator {
    return this.banner.getByRole("link", { name, exact: true });
  }

  async switchLanguage(name: string): Promise<void> {
    await this.languageLink(name).click();
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }
}
