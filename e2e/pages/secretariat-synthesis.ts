import type { Locator, Page } from "@playwright/test";
import { message, waitForHydration } from "../fixtures";

/** The synthesis page of one objective. */
export class SynthesisPage {
  readonly main: Locator;
  readonly body: Locator;
  readonly save: Locator;
  readonly highlights: Locator;
  readonly comments: Locator;

  constructor(
    readonly page: Page,
    readonly locale = "en",
  ) {
    const t = (key: string) => message(locale, key);
    this.main = page.getByRole("main");
    this.body = this.main.getByRole("textbox", { name: t("synthesis.bodyLabel"), exact: true });
    this.save = this.main.getByRole("button", { name: t("synthesis.save"), exact: true });
    this.highlights = this.main.getByRole("region", { name: t("synthesis.highlightsHeading") });
    this.comments = this.main.getByRole("region", { name: t("synthesis.commentsHeading") });
  }

  async goto(objective: number, slug = "gcm"): Promise<void> {
    await this.page.goto(`/${this.locale}/consultations/${slug}/secretariat/synthesis/${objective}`);
    await waitForHydration(this.save);
  }

  /** A comment offered for quoting, by a piece of its text. */
  comment(text: string): Locator {
    return this.comments.getByRole("listitem").filter({ hasText: text });
  }

  quote(text: string): Locator {
    return this.highlights.getByRole("listitem").filter({ hasText: text });
  }
}
