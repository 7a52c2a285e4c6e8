import type { Download, Locator, Page } from "@playwright/test";
import { message } from "../fixtures";

export type ExportFormat = "csv" | "xlsx" | "json";

const BUTTONS = { csv: "downloadCsv", xlsx: "downloadXlsx", json: "downloadJson" } as const;

/** The secretariat's exports page of a consultation: the filters, then one download button per format. */
export class ExportsPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly objective: Locator;
  readonly group: Locator;
  readonly status: Locator;
  readonly from: Locator;
  readonly to: Locator;
  /** The refusal shown to someone who may not export. */
  readonly refusal: Locator;

  constructor(
    readonly page: Page,
    readonly locale = "en",
  ) {
    const t = (key: string) => message(locale, `exportsPage.${key}`);
    this.main = page.getByRole("main");
    this.heading = this.main.getByRole("heading", { name: t("title"), level: 1 });
    this.objective = this.main.getByRole("combobox", { name: t("objective"), exact: true });
    this.group = this.main.getByRole("combobox", { name: t("group"), exact: true });
    this.status = this.main.getByRole("combobox", { name: t("status"), exact: true });
    this.from = this.main.getByLabel(t("from"), { exact: true });
    this.to = this.main.getByLabel(t("to"), { exact: true });
    this.refusal = this.main.getByRole("alert").filter({ hasText: t("refused") });
  }

  static path(locale = "en", slug = "gcm"): string {
    return `/${locale}/consultations/${slug}/secretariat/exports`;
  }

  async goto(): Promise<void> {
    await this.page.goto(ExportsPage.path(this.locale));
  }

  button(format: ExportFormat): Locator {
    return this.main.getByRole("button", { name: message(this.locale, `exportsPage.${BUTTONS[format]}`), exact: true });
  }

  /** Clicks the format's button and waits for the browser's download. */
  async download(format: ExportFormat): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.button(format).click()]);
    return download;
  }
}
