import type { Locator, Page } from "@playwright/test";
import { formatMessage, message, waitForHydration } from "../fixtures";

/** The demo platform admin (db/seed/demo-accounts.ts). */
export const ADMIN_EMAIL = "admin@example.org";

type Translate = (key: string, values?: Record<string, string | number>) => string;
const translator =
  (locale: string): Translate =>
  (key, values) =>
    values ? formatMessage(locale, key, values) : message(locale, key);

/** /admin/consultations/new: the form that creates a consultation. */
export class NewConsultationPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly slug: Locator;
  readonly title: Locator;
  readonly summary: Locator;
  readonly region: Locator;
  readonly submit: Locator;
  private readonly t: Translate;

  constructor(
    readonly page: Page,
    readonly locale = "en",
  ) {
    const t = (this.t = translator(locale));
    this.main = page.getByRole("main");
    this.heading = this.main.getByRole("heading", { level: 1, name: t("newConsultation.title") });
    this.slug = this.main.getByRole("textbox", { name: t("newConsultation.slug") });
    this.title = this.main.getByRole("textbox", { name: t("consultationForm.title"), exact: true });
    this.summary = this.main.getByRole("textbox", { name: t("consultationForm.summary"), exact: true });
    this.region = this.main.getByRole("combobox", { name: t("newConsultation.region") });
    this.submit = this.main.getByRole("button", { name: t("newConsultation.submit") });
  }

  scope(key: "global" | "regional" | "national"): Locator {
    return this.main.getByRole("radio", { name: this.t(`newConsultation.scopes.${key}`), exact: true });
  }

  async goto(): Promise<void> {
    await this.page.goto(`/${this.locale}/admin/consultations/new`);
    await waitForHydration(this.submit);
  }

  async create(data: { slug: string; title: string; summary: string; region?: string }): Promise<void> {
    await this.slug.fill(data.slug);
    await this.title.fill(data.title);
    await this.summary.fill(data.summary);
    if (data.region) {
      await this.scope("regional").check();
      await this.region.selectOption({ label: data.region });
    }
    await this.submit.click();
  }
}

/** /consultations/<slug>/secretariat/settings: the status buttons and the settings form. */
export class SettingsPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly statusSection: Locator;
  readonly title: Locator;
  readonly closesAt: Locator;
  readonly threshold: Locator;
  readonly save: Locator;
  readonly saved: Locator;
  private readonly t: Translate;

  constructor(
    readonly page: Page,
    readonly locale = "en",
  ) {
    const t = (this.t = translator(locale));
    this.main = page.getByRole("main");
    this.heading = this.main.getByRole("heading", { level: 1, name: t("consultationSettings.title") });
    this.statusSection = this.main.getByRole("region", { name: t("consultationSettings.statusHeading") });
    this.title = this.main.getByRole("textbox", { name: t("consultationForm.title"), exact: true });
    this.closesAt = this.main.getByLabel(t("consultationForm.closesAt"));
    this.threshold = this.main.getByRole("spinbutton", { name: t("consultationForm.autoHideThreshold") });
    this.save = this.main.getByRole("button", { name: t("consultationSettings.save") });
    this.saved = this.main.getByRole("status").filter({ hasText: t("consultationSettings.saved") });
  }

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/${this.locale}/consultations/${slug}/secretariat/settings`);
    await waitForHydration(this.save);
  }

  moderation(mode: "pre" | "post"): Locator {
    return this.main.getByRole("radio", { name: new RegExp(`^${this.t(`consultationForm.moderation.${mode}`)}`) });
  }

  /** "Open now", "Close now", "Reopen", "Archive" by their catalog key. */
  statusButton(key: "openNow" | "closeNow" | "reopen" | "archive"): Locator {
    return this.statusSection.getByRole("button", { name: this.t(`consultationSettings.${key}`), exact: true });
  }

  /** The badge of the status now. */
  status(key: "draft" | "open" | "closed" | "archived"): Locator {
    return this.statusSection.getByText(this.t(`consultationStatus.${key}`), { exact: true });
  }

  changed(key: "open" | "closed" | "archived"): Locator {
    return this.statusSection.getByRole("status").filter({ hasText: this.t(`consultationSettings.changed.${key}`) });
  }
}

/** /consultations/<slug>/secretariat/objectives: the list, its reordering, and the form that adds one. */
export class ObjectivesEditorPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly table: Locator;
  readonly number: Locator;
  readonly shortTitle: Locator;
  readonly title: Locator;
  readonly body: Locator;
  readonly add: Locator;
  private readonly t: Translate;

  constructor(
    readonly page: Page,
    readonly locale = "en",
  ) {
    const t = (this.t = translator(locale));
    this.main = page.getByRole("main");
    this.heading = this.main.getByRole("heading", { level: 1, name: t("objectivesEditor.title") });
    this.table = this.main.getByRole("table", { name: t("objectivesEditor.caption") });
    const form = this.main.getByRole("region", { name: t("objectivesEditor.addHeading") });
    this.number = form.getByRole("spinbutton", { name: t("objectivesEditor.number") });
    this.shortTitle = form.getByRole("textbox", { name: t("objectivesEditor.shortTitle") });
    this.title = form.getByRole("textbox", { name: t("objectivesEditor.objectiveTitle") });
    this.body = form.getByRole("textbox", { name: t("objectivesEditor.body") });
    this.add = form.getByRole("button", { name: t("objectivesEditor.add") });
  }

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/${this.locale}/consultations/${slug}/secretariat/objectives`);
  }

  async addObjective(data: { shortTitle: string; title: string; body?: string }): Promise<void> {
    await waitForHydration(this.add);
    await this.shortTitle.fill(data.shortTitle);
    await this.title.fill(data.title);
    await this.body.fill(data.body ?? "");
    await this.add.click();
  }

  /** The row headers (numbers) and short titles, in order, as read in the table. */
  async rows(): Promise<string[]> {
    return this.table.locator("tbody tr").evaluateAll((rows) =>
      rows.map((row) => `${row.querySelector("th")?.textContent?.trim()} ${row.querySelector("td a")?.textContent?.trim()}`),
    );
  }

  move(direction: "up" | "down", number: number): Locator {
    const label = `${this.t(direction === "up" ? "objectivesEditor.moveUp" : "objectivesEditor.moveDown")} ${this.t("objectivesEditor.whichObjective", { number })}`;
    return this.table.getByRole("button", { name: label, exact: true });
  }

  moved(number: number): Locator {
    return this.main.getByRole("status").filter({ hasText: this.t("objectivesEditor.moved", { number }) });
  }

  editLink(shortTitle: string): Locator {
    return this.table.getByRole("link", { name: shortTitle, exact: true });
  }
}

/** /consultations/<slug>/secretariat/objectives/<number>: one objective's form and its rendering. */
export class EditObjectivePage {
  readonly main: Locator;
  readonly body: Locator;
  readonly save: Locator;
  readonly saved: Locator;
  readonly published: Locator;

  constructor(
    readonly page: Page,
    readonly locale = "en",
  ) {
    const t = translator(locale);
    this.main = page.getByRole("main");
    this.body = this.main.getByRole("textbox", { name: t("objectivesEditor.body") });
    this.save = this.main.getByRole("button", { name: t("objectivesEditor.save") });
    this.saved = this.main.getByRole("status").filter({ hasText: t("objectivesEditor.saved") });
    this.published = this.main.getByRole("region", { name: t("objectivesEditor.published") });
  }

  async goto(slug: string, number: number): Promise<void> {
    await this.page.goto(`/${this.locale}/consultations/${slug}/secretariat/objectives/${number}`);
    await waitForHydration(this.save);
  }

  async saveBody(text: string): Promise<void> {
    await this.body.fill(text);
    await this.save.click();
  }
}

/** /consultations/<slug>/secretariat/objectives/import: file, content, preview, import. */
export class ImportPage {
  readonly main: Locator;
  readonly file: Locator;
  readonly content: Locator;
  readonly previewButton: Locator;
  readonly preview: Locator;
  readonly issues: Locator;
  readonly rows: Locator;
  private readonly t: Translate;

  constructor(
    readonly page: Page,
    readonly locale = "en",
  ) {
    const t = (this.t = translator(locale));
    this.main = page.getByRole("main");
    this.file = this.main.getByLabel(t("objectivesImport.file"), { exact: true });
    this.content = this.main.getByRole("textbox", { name: t("objectivesImport.content") });
    this.previewButton = this.main.getByRole("button", { name: t("objectivesImport.preview"), exact: true });
    this.preview = this.main.getByRole("region", { name: t("objectivesImport.previewHeading") });
    this.issues = this.preview.getByRole("listitem");
    this.rows = this.preview.getByRole("table").locator("tbody tr");
  }

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/${this.locale}/consultations/${slug}/secretariat/objectives/import`);
    await waitForHydration(this.previewButton);
  }

  importButton(count: number): Locator {
    return this.preview.getByRole("button", { name: this.t("objectivesImport.import", { count }) });
  }

  imported(added: number, updated: number): Locator {
    return this.main.getByRole("status").filter({ hasText: this.t("objectivesImport.imported", { added, updated }) });
  }

  /** A problem as the preview words it: "Line 3: the short title is empty." */
  issue(line: number, code: string, values: Record<string, string | number> = {}): string {
    return `${this.t("objectivesImport.atLine", { line })}: ${this.t(`objectivesImport.issues.${code}`, values)}`;
  }
}
