import { expect, type Locator, type Page } from "@playwright/test";
import { formatMessage, message, waitForHydration } from "../fixtures";
import { Header } from "./header";

type Translate = (key: string) => string;
const translator = (locale: string): Translate => (key) => message(locale, key);

/** An author line as read: "Grace Wanjiru, Migrant Rights Network Kenya", without the bidi isolates around each name. */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, "");
}

/**
 * The form that writes a comment, a reply or an edit: the composer at the top of the discussion, the
 * reply form under a comment, or the edit form in place of a comment's text.
 */
export class CommentForm {
  readonly body: Locator;
  readonly stanceGroup: Locator;
  readonly principlesGroup: Locator;
  readonly language: Locator;
  readonly preview: Locator;
  readonly submit: Locator;
  readonly cancel: Locator;

  private readonly t: Translate;

  constructor(
    readonly root: Locator,
    kind: "comment" | "reply" | "edit",
    locale = "en",
  ) {
    const t = (this.t = translator(locale));
    const bodyLabel = { comment: "comments.body", reply: "comments.replyBody", edit: "comments.editBody" }[kind];
    const submitLabel = { comment: "comments.submit", reply: "comments.submitReply", edit: "comments.save" }[kind];
    this.body = root.getByRole("textbox", { name: t(bodyLabel), exact: true });
    this.stanceGroup = root.getByRole("group", { name: t("comments.stance") });
    this.principlesGroup = root.getByRole("group", { name: t("comments.principles") });
    this.language = root.getByRole("combobox", { name: t("comments.language"), exact: true });
    this.preview = root.getByRole("button", { name: t("comments.preview"), exact: true });
    this.submit = root.getByRole("button", { name: t(submitLabel), exact: true });
    this.cancel = root.getByRole("button", { name: t("comments.cancel"), exact: true });
  }

  /** A stance by its key ("supports", "concerns", "proposes_change", "question"). */
  stance(key: string): Locator {
    return this.stanceGroup.getByRole("radio", { name: this.t(`stances.${key}`), exact: true });
  }

  principle(label: string): Locator {
    return this.principlesGroup.getByRole("checkbox", { name: label, exact: true });
  }

  /** The form reacts to input (its submit button is hydrated). */
  async ready(): Promise<void> {
    await waitForHydration(this.submit);
  }

  async write(text: string, options: { stance?: string; principles?: string[] } = {}): Promise<void> {
    await this.body.fill(text);
    if (options.stance) await this.stance(options.stance).check();
    for (const label of options.principles ?? []) await this.principle(label).check();
  }
}

/** One comment of the thread (an `<article>` named by its author). */
export class CommentCard {
  readonly heading: Locator;
  readonly replyButton: Locator;
  readonly editButton: Locator;
  readonly deleteButton: Locator;
  readonly endorseButton: Locator;
  readonly flagButton: Locator;
  readonly permalink: Locator;
  readonly revisionsButton: Locator;
  readonly edited: Locator;
  /** The reply form, once "Reply" is pressed. */
  readonly replyForm: CommentForm;
  /** The edit form, once "Edit" is pressed. */
  readonly editForm: CommentForm;
  /** "Delete this comment?" with its confirm and cancel buttons. */
  readonly deleteConfirmation: Locator;
  readonly tags: Locator;

  private readonly t: Translate;

  constructor(
    readonly root: Locator,
    locale = "en",
  ) {
    const t = (this.t = translator(locale));
    this.heading = root.getByRole("heading");
    this.replyButton = root.getByRole("button", { name: t("comments.reply"), exact: true });
    this.editButton = root.getByRole("button", { name: t("comments.edit"), exact: true });
    this.deleteButton = root.getByRole("button", { name: t("comments.delete"), exact: true });
    this.endorseButton = root.getByRole("button", { name: t("comments.endorse"), exact: true });
    this.flagButton = root.getByRole("button", { name: t("comments.flag"), exact: true });
    this.permalink = root.getByRole("link", { name: t("comments.permalink"), exact: true });
    this.revisionsButton = root.getByRole("button", { name: t("comments.showRevisions"), exact: true });
    this.edited = root.getByText(t("comments.editedMarker"), { exact: true });
    const replyTo = t("comments.replyTo").split("{author}")[0];
    this.replyForm = new CommentForm(root.getByRole("region", { name: new RegExp(`^${escape(replyTo)}`) }), "reply", locale);
    this.editForm = new CommentForm(root.getByRole("form", { name: t("comments.editFormLabel") }), "edit", locale);
    this.deleteConfirmation = root.getByRole("group", { name: t("comments.deleteQuestion") });
    this.tags = root.getByRole("list", { name: t("comments.principlesOfComment") });
  }

  async reply(text: string, stance = "supports"): Promise<void> {
    await this.replyButton.click();
    await this.replyForm.write(text, { stance });
    await this.replyForm.submit.click();
  }

  async edit(text: string): Promise<void> {
    await this.editButton.click();
    await this.editForm.body.fill(text);
    await this.editForm.submit.click();
  }

  async delete(): Promise<void> {
    await this.deleteButton.click();
    await this.deleteConfirmation.getByRole("button", { name: this.t("comments.deleteConfirm"), exact: true }).click();
  }
}

export class ObjectivePage {
  readonly header: Header;
  readonly main: Locator;
  readonly heading: Locator;
  readonly discussion: Locator;
  readonly composerRegion: Locator;
  readonly composer: CommentForm;
  readonly signInToComment: Locator;
  /** The list of top-level comments; replies are inside it, under "Show n replies". */
  readonly thread: Locator;
  /** "3 comments", "No comments match these filters": the thread's count, a status message. */
  readonly total: Locator;
  readonly groupFilter: Locator;
  readonly regionFilter: Locator;
  readonly countryFilter: Locator;
  readonly applyFilters: Locator;
  readonly permalinkNotice: Locator;

  constructor(
    readonly page: Page,
    readonly locale = "en",
  ) {
    const t = translator(locale);
    this.header = new Header(page);
    this.main = page.getByRole("main");
    this.heading = this.main.getByRole("heading", { level: 1 });
    this.discussion = this.main.getByRole("region", { name: t("consultation.discussion"), exact: true });
    this.composerRegion = this.discussion.getByRole("region", { name: t("comments.composerHeading"), exact: true });
    this.composer = new CommentForm(this.composerRegion, "comment", locale);
    this.signInToComment = this.discussion.getByRole("link", { name: t("comments.signInToComment"), exact: true });
    this.thread = this.discussion.getByRole("list", { name: t("comments.threadLabel"), exact: true });
    // The count comes first; the page's live region for announcements comes last.
    this.total = this.discussion.getByRole("status").first();
    this.groupFilter = this.discussion.getByRole("combobox", { name: t("threadControls.group"), exact: true });
    this.regionFilter = this.discussion.getByRole("combobox", { name: t("threadControls.region"), exact: true });
    this.countryFilter = this.discussion.getByRole("combobox", { name: t("threadControls.country"), exact: true });
    this.applyFilters = this.discussion.getByRole("button", { name: t("threadControls.apply"), exact: true });
    this.permalinkNotice = this.discussion.getByText(t("comments.permalinkView"));
  }

  async goto(objective: number, query = ""): Promise<void> {
    await this.page.goto(`/${this.locale}/consultations/gcm/objectives/${objective}${query}`);
  }

  /** The polite live region, once it says `text` ("Your comment is published."). */
  announcement(text: string): Locator {
    return this.discussion.getByRole("status").filter({ hasText: text });
  }

  /** Every comment article of the thread (top-level and visible replies). */
  get comments(): Locator {
    return this.thread.getByRole("article");
  }

  /** The comment whose text (or author line) contains `text`. */
  comment(text: string | RegExp): CommentCard {
    return new CommentCard(this.comments.filter({ hasText: text }), this.locale);
  }

  /** A top-level comment by its author's name (stays found while its text is being edited). */
  topLevelBy(name: string): CommentCard {
    return new CommentCard(
      this.comments.filter({ has: this.page.getByRole("heading", { level: 3, name }) }),
      this.locale,
    );
  }

  /** Opens every collapsed "Show n replies" of the thread, outermost first. */
  async expandAllReplies(): Promise<void> {
    const labels = Array.from({ length: 10 }, (_, n) => formatMessage(this.locale, "comments.showReplies", { count: n + 1 }));
    const collapsed = this.thread.getByText(new RegExp(`^(${labels.map(escape).join("|")})$`)).filter({ visible: true });
    const loading = this.thread.getByText(message(this.locale, "comments.loadingReplies"), { exact: true });
    for (let i = 0; i < 20 && (await collapsed.count()) > 0; i++) {
      await collapsed.first().click();
      // A thread's replies come from the server the first time it is opened.
      await expect(loading).toHaveCount(0);
    }
  }

  /** Writes and publishes a top-level comment; waits until it is in the thread. */
  async post(text: string, options: { stance?: string; principles?: string[] } = {}): Promise<CommentCard> {
    await this.composer.ready();
    await this.composer.write(text, { stance: options.stance ?? "supports", principles: options.principles });
    await this.composer.submit.click();
    const card = this.comment(firstLine(text));
    await expect(card.root).toBeVisible();
    await expect(this.composer.body).toHaveValue("");
    return card;
  }
}

function firstLine(text: string): string {
  return text.split("\n")[0];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
