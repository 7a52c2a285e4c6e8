import type { Locator, Page } from "@playwright/test";
import { message, waitForHydration } from "../fixtures";
import { Header } from "./header";

/** /consultations/[slug]/staff: the consultation's moderators and secretariat, appointed by admins. */
export class AdminStaffPage {
  readonly header: Header;
  readonly main: Locator;
  readonly heading: Locator;
  readonly table: Locator;
  readonly email: Locator;
  readonly role: Locator;
  readonly appoint: Locator;

  private readonly t: (key: string) => string;

  constructor(
    readonly page: Page,
    readonly locale = "en",
  ) {
    const t = (this.t = (key) => message(locale, key));
    this.header = new Header(page);
    this.main = page.getByRole("main");
    this.heading = this.main.getByRole("heading", { name: t("staffPage.title"), level: 1 });
    this.table = this.main.getByRole("table");
    const form = this.main.getByRole("form", { name: t("staffPage.appointHeading") });
    this.email = form.getByRole("textbox", { name: t("staffPage.email") });
    this.role = form.getByRole("combobox", { name: t("staffPage.role") });
    this.appoint = form.getByRole("button", { name: t("staffPage.appoint"), exact: true });
  }

  /** The message that says what was just done; it takes the focus. */
  announcement(text: string): Locator {
    return this.main.getByRole("status").getByText(text, { exact: true });
  }

  async goto(slug = "gcm"): Promise<void> {
    await this.page.goto(`/${this.locale}/consultations/${slug}/staff`);
  }

  /** Appoints by email, the role named by its key ("moderator", "secretariat"). */
  async appointByEmail(email: string, role: "moderator" | "secretariat"): Promise<void> {
    await waitForHydration(this.appoint);
    await this.email.fill(email);
    await this.role.selectOption({ label: this.t(`staffPage.roles.${role}`) });
    await this.appoint.click();
  }

  /** A staff row by the person's name. */
  row(name: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name }) });
  }

  async remove(name: string): Promise<void> {
    const button = this.row(name).getByRole("button", { name: this.t("staffPage.remove"), exact: true });
    await waitForHydration(button);
    await button.click();
  }
}
