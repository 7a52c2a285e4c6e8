import type { Locator, Page } from "@playwright/test";
import { message } from "../fixtures";

/** The secretariat's dashboard of the seeded consultation. */
export class SecretariatDashboard {
  readonly main: Locator;
  readonly heading: Locator;
  readonly matrix: Locator;

  constructor(
    readonly page: Page,
    readonly locale = "en",
  ) {
    this.main = page.getByRole("main");
    this.heading = this.main.getByRole("heading", { level: 1, name: message(locale, "dashboard.title") });
    this.matrix = this.main.getByRole("table", { name: message(locale, "dashboard.matrixCaption") });
  }

  async goto(slug = "gcm"): Promise<void> {
    await this.page.goto(`/${this.locale}/consultations/${slug}/secretariat`);
  }

  /** The matrix row of an objective, found by its link ("5. Regular pathways"). */
  row(objective: number): Locator {
    return this.matrix.getByRole("row").filter({ has: this.page.getByRole("link", { name: new RegExp(`^${objective}\\. `) }) });
  }

  synthesisLink(objective: number): Locator {
    return this.row(objective).getByRole("link");
  }

  /** The number in an objective's row under a stakeholder group's column. */
  async count(objective: number, group: string): Promise<number> {
    const headers = await this.matrix.getByRole("columnheader").allTextContents();
    const column = headers.indexOf(message(this.locale, `stakeholderGroupsShort.${group}`));
    if (column < 1) throw new Error(`No column for ${group}`);
    // The row starts with its header cell, so data cells are one to the left of their column header.
    return Number(await this.row(objective).getByRole("cell").nth(column - 1).textContent());
  }

  /** Opens every "show as table" disclosure, so the tables are on screen (and scanned). */
  async showTables(): Promise<void> {
    const toggles = this.main.getByText(message(this.locale, "dashboard.showTable"), { exact: true });
    for (const toggle of await toggles.all()) await toggle.click();
  }
}
