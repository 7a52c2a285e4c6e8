import type { Locator, Page } from "@playwright/test";
import { message } from "../fixtures";
import { Header } from "./header";

const en = (key: string) => message("en", key);

/** The consultation's search page: a search form, then the results as links to the comments. */
export class SearchPage {
  readonly header: Header;
  readonly main: Locator;
  readonly heading: Locator;
  readonly query: Locator;
  readonly submit: Locator;
  readonly results: Locator;
  /** "1 comment matches “…”." */
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.header = new Header(page);
    this.main = page.getByRole("main");
    this.heading = this.main.getByRole("heading", { name: en("search.title"), level: 1 });
    const form = this.main.getByRole("search");
    this.query = form.getByRole("searchbox", { name: en("search.label"), exact: true });
    this.submit = form.getByRole("button", { name: en("search.submit"), exact: true });
    this.results = this.main.getByRole("region", { name: en("search.results"), exact: true });
    this.count = this.results.getByRole("status");
  }

  async goto(locale = "en"): Promise<void> {
    await this.page.goto(`/${locale}/consultations/gcm/search`);
  }

  async search(words: string): Promise<void> {
    await this.query.fill(words);
    await this.submit.click();
  }

  /** The result items (each a heading linking to the comment, its snippet and author). */
  get hits(): Locator {
    return this.results.getByRole("listitem");
  }
}
