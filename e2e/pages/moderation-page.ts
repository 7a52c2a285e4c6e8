import type { Locator, Page } from "@playwright/test";
import { formatMessage, message } from "../fixtures";

type Queue = "pending" | "flagged" | "recent" | "hidden";

/** One item of a queue: an article named "Comment by …" holding the comment, its flags, history, notes and decisions. */
export class ModerationItem {
  readonly heading: Locator;
  readonly select: Locator;
  readonly hideButton: Locator;
  readonly rejectButton: Locator;
  readonly approveButton: Locator;
  readonly restoreButton: Locator;
  readonly reviewButton: Locator;
  readonly history: Locator;
  readonly notes: Locator;
  readonly noteBox: Locator;
  readonly addNote: Locator;
  readonly participantLink: Locator;

  constructor(
    readonly root: Locator,
    locale = "en",
  ) {
    const t = (key: string) => message(locale, key);
    this.heading = root.getByRole("heading", { level: 3 });
    this.select = root.getByRole("checkbox");
    const decisions = root.getByRole("group", { name: t("moderationWorkspace.decisions") });
    this.hideButton = decisions.getByRole("button", { name: t("moderationWorkspace.hide"), exact: true });
    this.rejectButton = decisions.getByRole("button", { name: t("moderationWorkspace.reject"), exact: true });
    this.approveButton = decisions.getByRole("button", { name: t("moderationWorkspace.approve"), exact: true });
    this.restoreButton = decisions.getByRole("button", { name: t("moderationWorkspace.restore"), exact: true });
    this.reviewButton = decisions.getByRole("button", { name: t("moderationWorkspace.markReviewed"), exact: true });
    this.history = root.getByRole("region", { name: t("moderationWorkspace.history"), exact: true });
    this.notes = root.getByRole("region", { name: t("moderationWorkspace.privateNotes"), exact: true });
    this.noteBox = this.notes.getByRole("textbox", { name: t("moderationNotes.add") });
    this.addNote = this.notes.getByRole("button", { name: t("moderationNotes.submit"), exact: true });
    this.participantLink = root.getByRole("link", { name: new RegExp(`^${escape(t("moderationWorkspace.participantLink").split("{author}")[0])}`) });
  }
}

/** The dialog asking the reason of a rejection or hiding. */
export class ReasonDialog {
  readonly root: Locator;
  readonly explanation: Locator;
  readonly submit: Locator;

  constructor(
    page: Page,
    action: "hide" | "reject",
    private readonly locale = "en",
  ) {
    const t = (key: string) => message(locale, key);
    this.root = page.getByRole("dialog", { name: t(`moderationWorkspace.${action}Title`) });
    this.explanation = this.root.getByRole("textbox", { name: t("moderationWorkspace.reasonText") });
    this.submit = this.root.getByRole("button", { name: t(`moderationWorkspace.${action}Submit`), exact: true });
  }

  /** A reason by its default code ("spam", "offensive"…), as the moderator reads it. */
  reason(code: string): Locator {
    return this.root.getByRole("radio", { name: message(this.locale, `moderationReasons.${code}`), exact: true });
  }
}

export class ModerationPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly queues: Locator;
  readonly list: Locator;
  readonly queueHeading: Locator;

  constructor(
    readonly page: Page,
    readonly locale = "en",
  ) {
    this.main = page.getByRole("main");
    this.heading = this.main.getByRole("heading", { level: 1 });
    this.queues = this.main.getByRole("navigation", { name: message(locale, "moderationWorkspace.queues") });
    this.list = this.main.getByRole("list", { name: new RegExp(`^${escape(message(locale, "moderationWorkspace.itemsLabel").split("{queue}")[0])}`) });
    this.queueHeading = this.main.getByRole("heading", { level: 2 }).first();
  }

  async goto(queue?: Queue, slug = "gcm"): Promise<void> {
    await this.page.goto(`/${this.locale}/consultations/${slug}/moderation${queue ? `?queue=${queue}` : ""}`);
  }

  /** A queue's tab (a link; its name carries the count). */
  tab(queue: Queue): Locator {
    return this.queues.getByRole("link", { name: new RegExp(`^${escape(message(this.locale, `moderationWorkspace.queue.${queue}`))}`) });
  }

  /** The item whose text contains `text`. */
  item(text: string | RegExp): ModerationItem {
    return new ModerationItem(this.main.getByRole("article").filter({ hasText: text }), this.locale);
  }

  reasonDialog(action: "hide" | "reject"): ReasonDialog {
    return new ReasonDialog(this.page, action, this.locale);
  }

  /** The workspace's polite live region, once it says `text`. */
  announcement(key: string): Locator {
    return this.page.getByRole("status").filter({ hasText: formatMessage(this.locale, key) });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
