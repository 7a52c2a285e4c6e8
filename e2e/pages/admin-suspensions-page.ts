import type { Locator, Page } from "@playwright/test";
import { message, waitForHydration } from "../fixtures";
import { Header } from "./header";

/** /admin/suspensions: find an account, suspend it from the platform; the suspensions in force. */
export class AdminSuspensionsPage {
  readonly header: Header;
  readonly main: Locator;
  readonly heading: Locator;
  readonly search: Locator;
  readonly searchSubmit: Locator;
  /** The table of suspensions in force. */
  readonly active: Locator;

  private readonly t: (key: string) => string;

  constructor(
    readonly page: Page,
    readonly locale = "en",
  ) {
    const t = (this.t = (key) => message(locale, key));
    this.header = new Header(page);
    this.main = page.getByRole("main");
    this.heading = this.main.getByRole("heading", { name: t("platformSuspensions.title"), level: 1 });
    const form = this.main.getByRole("search");
    this.search = form.getByRole("searchbox", { name: t("platformSuspensions.searchLabel"), exact: true });
    this.searchSubmit = form.getByRole("button", { name: t("platformSuspensions.searchSubmit"), exact: true });
    this.active = this.main.getByRole("table", { name: t("platformSuspensions.activeCaption") });
  }

  /** The message that says what was just done; it takes the focus. */
  announcement(text: string): Locator {
    return this.main.getByRole("status").getByText(text, { exact: true });
  }

  /** "1 account matches …": how many accounts the search found. */
  results(text: string): Locator {
    return this.main.getByRole("status").filter({ hasText: text });
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/${this.locale}/admin/suspensions${query ? `?q=${encodeURIComponent(query)}` : ""}`);
  }

  async find(text: string): Promise<void> {
    await this.search.fill(text);
    await this.searchSubmit.click();
  }

  /** A found account, by its name. */
  found(name: string): Locator {
    return this.main.getByRole("listitem", { name, exact: true });
  }

  async suspend(name: string, reason: string, options: { hideComments?: boolean; endsOn?: string } = {}): Promise<void> {
    const item = this.found(name);
    const submit = item.getByRole("button", { name: this.t("platformSuspensions.suspend"), exact: true });
    await waitForHydration(submit);
    await item.getByRole("textbox", { name: this.t("platformSuspensions.reason") }).fill(reason);
    if (options.endsOn) await item.getByLabel(this.t("platformSuspensions.endsAt")).fill(options.endsOn);
    if (options.hideComments) await item.getByRole("checkbox", { name: this.t("platformSuspensions.hideComments") }).check();
    await submit.click();
  }

  /** A row of the suspensions in force, by the suspended person's name. */
  activeRow(name: string): Locator {
    return this.active.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name }) });
  }

  async lift(name: string): Promise<void> {
    const button = this.activeRow(name).getByRole("button", { name: this.t("platformSuspensions.lift"), exact: true });
    await waitForHydration(button);
    await button.click();
  }
}
