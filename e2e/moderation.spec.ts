import type { Locator, Page } from "@playwright/test";
import { DEMO, expect, formatMessage, message, tabTo, test, waitForHydration } from "./fixtures";
import { AccountPage } from "./pages/account-page";
import { ModerationPage } from "./pages/moderation-page";
import { ObjectivePage } from "./pages/objective-page";
import { otherPerson, participant, signIn, signUp } from "./participants";

/**
 * The moderation workspace of the seeded consultation. Objectives 17, 18 and 19 are this spec's own:
 * 17 the whole round (flag, hide with a reason, the author reads it, restore), 18 the keyboard, 19 the
 * pages scanned by axe.
 */

const en = (key: string) => message("en", key);

// Each test signs up two people and drives three browsers: slower than the suite's default allows.
test.describe.configure({ timeout: 240_000 });

/** Moves the focus to `target` with Tab, unless it is there already (a dialog focuses its first control). */
async function focusWithTab(page: Page, target: Locator, max?: number): Promise<void> {
  if (await target.evaluate((node) => node === document.activeElement)) return;
  await tabTo(page, target, max);
}

/** A fresh author posts on `objective`; a fresh participant flags the comment. Returns the author's page. */
async function flaggedComment(page: Page, other: Page, objective: number, text: string, note: string): Promise<void> {
  const author = participant({ stakeholderGroup: "Diaspora organization", name: "Amihan Dela Cruz", organization: "Filipino Diaspora Forum" });
  const flagger = participant({ stakeholderGroup: "Civil society organization", name: "Wanjiku Otieno", organization: "Haki Migrant Network" });
  await Promise.all([signUp(page, author), signUp(other, flagger)]);
  const thread = new ObjectivePage(page);
  await thread.goto(objective);
  await thread.post(text);

  const theirs = new ObjectivePage(other);
  await theirs.goto(objective);
  const card = theirs.comment(text);
  await waitForHydration(card.flagButton);
  await card.flagButton.click();
  const dialog = other.getByRole("dialog", { name: en("comments.flagTitle") });
  await dialog.getByRole("radio", { name: en("flagReasons.other"), exact: true }).check();
  await dialog.getByRole("textbox", { name: en("comments.flagNote") }).fill(note);
  await dialog.getByRole("button", { name: en("comments.flagSubmit"), exact: true }).click();
  await expect(theirs.announcement(en("comments.flagSent"))).toBeVisible();
}

test("a flagged comment is hidden with a reason, its author reads why, and a moderator restores it", async ({ page, browser, baseURL, dialogs }) => {
  const text = `Visa brokers charge ${Date.now()} dollars: call this number to skip the queue.`;
  const note = "Advertises a paid service with a phone number";
  const flaggerPage = await otherPerson(browser, dialogs, baseURL);
  await flaggedComment(page, flaggerPage, 17, text, note);

  // The moderator finds it in the flagged queue, with the flag's reason and note and its author.
  const moderatorPage = await otherPerson(browser, dialogs, baseURL);
  await signIn(moderatorPage, DEMO.moderator.email);
  const workspace = new ModerationPage(moderatorPage);
  await workspace.goto("flagged");
  await expect(workspace.tab("flagged")).toHaveAttribute("aria-current", "page");
  const item = workspace.item(text);
  await expect(item.root).toContainText(note);
  await expect(item.root).toContainText(en("flagReasons.other"));
  await expect(item.root).toContainText("Filipino Diaspora Forum");
  await expect(item.root.getByRole("link", { name: "Objective 17", exact: false })).toHaveAttribute("href", /objectives\/17\?at=.+#comment-/);

  // A private note, then the decision with a reason and words for the author.
  await waitForHydration(item.addNote);
  await item.noteBox.fill("Same number seen on objective 12 last week.");
  await item.addNote.click();
  await expect(item.notes).toContainText("Same number seen on objective 12 last week.");
  await expect(item.notes).toContainText(DEMO.moderator.name);
  await item.hideButton.click();
  const dialog = workspace.reasonDialog("hide");
  await dialog.submit.click();
  await expect(dialog.root.getByText(message("en", "errors.reasonRequired"))).toBeVisible();
  await dialog.reason("offensive").check();
  await dialog.explanation.fill("Please post without the phone number.");
  await dialog.submit.click();
  await expect(workspace.announcement("moderationWorkspace.done.hide")).toBeVisible();
  await expect(item.root).toHaveCount(0);

  // In the hidden queue, with its history.
  await workspace.goto("hidden");
  const hidden = workspace.item(text);
  await expect(hidden.history).toContainText(`Hidden by ${DEMO.moderator.name}: offensive`);
  await expect(hidden.history).toContainText("Please post without the phone number.");

  // The thread shows a placeholder with the reason to others; the author reads it beside the text.
  const others = new ObjectivePage(flaggerPage);
  await others.goto(17);
  await expect(others.thread.getByText(formatMessage("en", "comments.hiddenPlaceholder", { reason: "offensive" }))).toBeVisible();
  await expect(others.thread).not.toContainText("Visa brokers");
  const own = new ObjectivePage(page);
  await own.goto(17);
  await expect(own.comment(text).root.getByText(formatMessage("en", "comments.hiddenNotice", { reason: "offensive" }))).toBeVisible();
  const account = new AccountPage(page);
  await account.goto();
  const contribution = account.main.getByRole("listitem").filter({ hasText: "Visa brokers" });
  await expect(contribution).toContainText(en("commentStatus.hidden"));
  await expect(contribution).toContainText(formatMessage("en", "moderationOutcome.hidden", { reason: "offensive" }));
  await expect(contribution).toContainText("Please post without the phone number.");
  await expect(account.main).not.toContainText("Same number seen");

  // Restored: the author's contribution is published again.
  await waitForHydration(hidden.restoreButton);
  await hidden.restoreButton.click();
  await expect(workspace.announcement("moderationWorkspace.done.restore")).toBeVisible();
  await account.goto();
  await expect(account.main.getByRole("listitem").filter({ hasText: "Visa brokers" })).toContainText(en("commentStatus.published"));
  await others.goto(17);
  await expect(others.comment(text).root).toBeVisible();
});

test("keyboard only: through the flagged queue to hide a comment with a reason", async ({ page, browser, baseURL, dialogs }) => {
  const text = `Keyboard check ${Date.now()}: this comment repeats the same link many times.`;
  const flaggerPage = await otherPerson(browser, dialogs, baseURL);
  await flaggedComment(page, flaggerPage, 18, text, "Same link pasted ten times");

  const moderatorPage = await otherPerson(browser, dialogs, baseURL);
  await signIn(moderatorPage, DEMO.moderator.email);
  const workspace = new ModerationPage(moderatorPage);
  await workspace.goto("recent");
  // The queue's tab is a link: Enter follows it.
  await tabTo(moderatorPage, workspace.tab("flagged"));
  await moderatorPage.keyboard.press("Enter");
  await expect(workspace.tab("flagged")).toHaveAttribute("aria-current", "page");
  const item = workspace.item(text);
  await waitForHydration(item.hideButton);
  await tabTo(moderatorPage, item.hideButton, 400);
  await moderatorPage.keyboard.press("Enter");
  const dialog = workspace.reasonDialog("hide");
  await expect(dialog.root).toBeVisible();
  await focusWithTab(moderatorPage, dialog.reason("spam"), 5);
  await moderatorPage.keyboard.press("Space");
  await expect(dialog.reason("spam")).toBeChecked();
  await tabTo(moderatorPage, dialog.explanation, 5);
  await moderatorPage.keyboard.type("Repeated link");
  await tabTo(moderatorPage, dialog.submit, 5);
  await moderatorPage.keyboard.press("Enter");
  await expect(workspace.announcement("moderationWorkspace.done.hide")).toBeVisible();
  await expect(item.root).toHaveCount(0);
  // The focus is not lost: it lands on the queue's heading.
  await expect(workspace.queueHeading).toBeFocused();
});

test("axe: workspace tabs, participant page and reason editor, in English and Arabic", async ({ page, browser, baseURL, dialogs, axe }) => {
  const text = `Accessibility check ${Date.now()}: a comment to review.`;
  const flaggerPage = await otherPerson(browser, dialogs, baseURL);
  await flaggedComment(page, flaggerPage, 19, text, "Checking the page");

  // The secretariat sees every tool: the workspace and the reason editor.
  const staffPage = await otherPerson(browser, dialogs, baseURL);
  await signIn(staffPage, DEMO.secretariat.email);
  for (const locale of ["en", "ar"]) {
    const workspace = new ModerationPage(staffPage, locale);
    for (const queue of ["pending", "flagged", "recent", "hidden"] as const) {
      await workspace.goto(queue);
      await expect(workspace.tab(queue)).toHaveAttribute("aria-current", "page");
      await axe({ label: `${queue} queue (${locale})`, on: staffPage });
    }
    await workspace.goto("flagged");
    await workspace.item(text).participantLink.click();
    await expect(staffPage.getByRole("heading", { level: 1, name: "Amihan Dela Cruz" })).toBeVisible();
    await expect(staffPage.getByRole("table").first()).toContainText("Accessibility check");
    await axe({ label: `participant page (${locale})`, on: staffPage });

    await staffPage.goto(`/${locale}/consultations/gcm/moderation/reasons`);
    await expect(staffPage.getByRole("heading", { level: 1, name: message(locale, "reasonTemplates.title") })).toBeVisible();
    await axe({ label: `reason editor (${locale})`, on: staffPage });
  }
});

test("a signed-out visitor is asked to sign in, a participant is refused the workspace", async ({ page }) => {
  const workspace = new ModerationPage(page);
  await workspace.goto("flagged");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await signIn(page, DEMO.diaspora.email);
  await workspace.goto("flagged");
  await expect(page.getByText(en("errors.forbidden.notStaff"))).toBeVisible();
  await expect(workspace.queues).toHaveCount(0);
});
