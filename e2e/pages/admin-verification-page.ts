import type { Locator, Page } from "@playwright/test";
import { message, waitForHydration } from "../fixtures";
import { Header } from "./header";

/** /admin/verification: the queue of affiliations to verify, and the verified accounts. */
export class AdminVerificationPage {
  readonly header: Header;
  readonly main: Locator;
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    readonly locale = "en",
  ) {
    this.header = new Header(page);
    this.main = page.getByRole("main");
    this.heading = this.main.getByRole("heading", { name: message(locale, "verification.title"), level: 1 });
  }

  /** The message that says what was just done; it takes the focus. */
  announcement(text: string): Locator {
    return this.main.getByRole("status").getByText(text, { exact: true });
  }

  async goto(): Promise<void> {
    await this.page.goto(`/${this.locale}/admin/verification`);
  }

  /** An account of the queue or of the verified list, by its name. */
  account(name: string): AccountToVerify {
    return new AccountToVerify(this.main.getByRole("listitem", { name, exact: true }), this.locale);
  }
}

/** One account with its declared affiliation and the decision form. */
export class AccountToVerify {
  readonly note: Locator;
  readonly verify: Locator;
  readonly reject: Locator;
  readonly revoke: Locator;
  readonly error: Locator;

  constructor(
    readonly root: Locator,
    locale: string,
  ) {
    const t = (key: string) => message(locale, key);
    this.note = root.getByRole("textbox");
    this.verify = root.getByRole("button", { name: t("verification.verify"), exact: true });
    this.reject = root.getByRole("button", { name: t("verification.reject"), exact: true });
    this.revoke = root.getByRole("button", { name: t("verification.revoke"), exact: true });
    this.error = root.getByRole("alert");
  }

  /** The decision form reacts to input. */
  async ready(): Promise<void> {
    await waitForHydration(this.root.getByRole("button").first());
  }
}
