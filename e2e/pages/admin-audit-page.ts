import type { Locator, Page } from "@playwright/test";
import { message } from "../fixtures";
import { Header } from "./header";

/** /consultations/[slug]/audit: the audit log, newest first, with its GET filter form. */
export class AdminAuditPage {
  readonly header: Header;
  readonly main: Locator;
  readonly heading: Locator;
  readonly actor: Locator;
  readonly action: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly apply: Locator;
  readonly table: Locator;

  constructor(
    readonly page: Page,
    readonly locale = "en",
  ) {
    const t = (key: string) => message(locale, key);
    this.header = new Header(page);
    this.main = page.getByRole("main");
    this.heading = this.main.getByRole("heading", { name: t("auditLog.title"), level: 1 });
    this.actor = this.main.getByRole("combobox", { name: t("auditLog.actor"), exact: true });
    this.action = this.main.getByRole("combobox", { name: t("auditLog.action"), exact: true });
    this.from = this.main.getByLabel(t("auditLog.from"), { exact: true });
    this.to = this.main.getByLabel(t("auditLog.to"), { exact: true });
    this.apply = this.main.getByRole("button", { name: t("auditLog.apply"), exact: true });
    this.table = this.main.getByRole("table", { name: t("auditLog.caption") });
  }

  async goto(slug = "gcm", query = ""): Promise<void> {
    await this.page.goto(`/${this.locale}/consultations/${slug}/audit${query}`);
  }

  /** Shows only the entries of one action, by its label ("Suspended from the platform"). */
  async filterByAction(label: string): Promise<void> {
    await this.action.selectOption({ label });
    await this.apply.click();
  }

  /** The entry rows (without the header row). */
  get rows(): Locator {
    return this.table.getByRole("rowgroup").nth(1).getByRole("row");
  }

  /** Entries that mention `text` (a name, a reason). */
  entries(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }
}
