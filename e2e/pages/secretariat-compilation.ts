import type { Locator, Page } from "@playwright/test";
import { message } from "../fixtures";

/** The compilation's print view, with its DOCX download. */
export class CompilationPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly language: Locator;
  readonly download: Locator;

  constructor(
    readonly page: Page,
    readonly locale = "en",
  ) {
    const t = (key: string) => message(locale, key);
    this.main = page.getByRole("main");
    this.heading = this.main.getByRole("heading", { level: 1, name: t("compilation.title") });
    this.language = this.main.getByRole("combobox", { name: t("compilation.language") });
    this.download = this.main.getByRole("button", { name: t("compilation.download"), exact: true });
  }

  async goto(slug = "gcm"): Promise<void> {
    await this.page.goto(`/${this.locale}/consultations/${slug}/secretariat/compilation`);
  }

  /** The section of one objective, from its heading to the next. */
  objective(number: number, title: string): Locator {
    const name = message(this.locale, "compilation.objectiveHeading").replace("{number}", String(number)).replace("{title}", title);
    return this.main.getByRole("region", { name, exact: true });
  }
}
