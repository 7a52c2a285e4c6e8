import type { Browser, Dialog, Page } from "@playwright/test";
import { DEMO, expect, formatMessage, guardDialogs, message, test } from "./fixtures";
import { AccountPage } from "./pages/account-page";
import { CommentCard, ObjectivePage } from "./pages/objective-page";
import { SearchPage } from "./pages/search-page";
import { signIn } from "./participants";

/**
 * axe (WCAG 2.1 A and AA) on a discussion as people see it: several comments, replies and a reply to
 * a reply, an endorsement, an edited comment, with the preview, the earlier versions and the flag
 * dialog open; signed in and not, in English and in Arabic (right to left). Objective 14 is this
 * spec's own.
 */

const OBJECTIVE = 14;
const SEARCH_WORD = "consulates";
const ROOT_1_FIRST_LINE = `Our ${SEARCH_WORD} should register nationals abroad before a crisis, not during it.`;
const ROOT_1 = `${ROOT_1_FIRST_LINE}\n\nRegistries **must**:\n\n- stay current\n- be shared with host authorities only with consent`;
const ROOT_2 = "Could the secretariat publish which States offer consular assistance to detained migrants?";
const ROOT_2_EDITED = "Could the secretariat publish which States offer consular assistance to detained migrants, and in which languages?";
const REPLY = "Civil society hotlines already map this in several corridors; we can share the data.";
const REPLY_TO_REPLY = "Thank you: a shared map would help diaspora associations too.";

async function personPage(browser: Browser, baseURL: string | undefined, dialogs: Dialog[]): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "en-US" });
  const page = await context.newPage();
  guardDialogs(page, dialogs);
  return page;
}

/**
 * Writes the discussion once per database (a worker restarted after a failure finds it there): the
 * diaspora member writes two comments, civil society replies to the first and endorses it, the
 * diaspora member answers the reply and edits the second comment.
 */
test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(90_000);
  const baseURL = testInfo.project.use.baseURL;
  const dialogs: Dialog[] = [];
  const anonymous = await personPage(browser, baseURL, dialogs);
  const view = new ObjectivePage(anonymous);
  await view.goto(OBJECTIVE);
  const empty = (await view.total.textContent()) === formatMessage("en", "threadControls.total", { count: 0 });
  await anonymous.context().close();
  if (!empty) return;

  const [diasporaPage, civilPage] = await Promise.all([
    personPage(browser, baseURL, dialogs),
    personPage(browser, baseURL, dialogs),
  ]);
  const path = `/en/consultations/gcm/objectives/${OBJECTIVE}`;
  await Promise.all([
    signIn(diasporaPage, DEMO.diaspora.email, { callbackUrl: path }),
    signIn(civilPage, DEMO.civilSociety.email, { callbackUrl: path }),
  ]);
  const diaspora = new ObjectivePage(diasporaPage);
  await diaspora.post(ROOT_1, { stance: "proposes_change", principles: ["People-centred", "Human rights"] });
  await diaspora.post(ROOT_2, { stance: "question" });

  const civil = new ObjectivePage(civilPage);
  await civilPage.reload();
  await civil.composer.ready();
  const first = civil.comment(ROOT_1_FIRST_LINE);
  await first.reply(REPLY, "supports");
  await expect(civil.comment(REPLY).root).toBeVisible();
  await first.endorseButton.click();
  await expect(first.endorseButton).toHaveAttribute("aria-pressed", "true");

  await diasporaPage.reload();
  await diaspora.composer.ready();
  await diaspora.expandAllReplies();
  await diaspora.comment(REPLY).reply(REPLY_TO_REPLY, "supports");
  await expect(diaspora.comment(REPLY_TO_REPLY).root).toBeVisible();
  // The newest thread comes first; found by place, as its text changes while it is edited.
  const second = new CommentCard(diaspora.comments.first());
  await expect(second.root).toContainText(ROOT_2);
  await second.edit(ROOT_2_EDITED);
  await expect(second.edited).toBeVisible();

  await Promise.all([diasporaPage.context().close(), civilPage.context().close()]);
  expect(dialogs.map((d) => d.message())).toEqual([]);
});

for (const locale of ["en", "ar"]) {
  const t = (key: string) => message(locale, key);

  test.describe(`objective page with a populated thread (${locale})`, () => {
    test(`anonymous, replies open (${locale})`, async ({ page, axe }) => {
      const objective = new ObjectivePage(page, locale);
      await objective.goto(OBJECTIVE);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expect(objective.signInToComment).toBeVisible();
      await objective.expandAllReplies();
      await expect(objective.comments).toHaveCount(4);
      await expect(objective.comment(REPLY_TO_REPLY).root).toBeVisible();
      await axe({ label: `objective ${OBJECTIVE}, anonymous (${locale})` });
    });

    test(`signed in, with the preview, the earlier versions and the flag dialog open (${locale})`, async ({ page, axe }) => {
      await signIn(page, DEMO.diaspora.email, { callbackUrl: `/${locale}/consultations/gcm/objectives/${OBJECTIVE}` });
      const objective = new ObjectivePage(page, locale);
      await objective.composer.ready();
      await objective.expandAllReplies();
      await expect(objective.comments).toHaveCount(4);

      // The composer's preview, with some Markdown in it.
      await objective.composer.write("A draft with **bold** text and a list:\n\n- one\n- two", { stance: "supports" });
      await objective.composer.preview.click();
      await expect(objective.composer.preview).toHaveAttribute("aria-pressed", "true");
      await expect(objective.composerRegion.getByText("bold", { exact: true })).toBeVisible();

      // The author's own edited comment, with its earlier version shown.
      const edited = objective.comment(ROOT_2_EDITED);
      await edited.revisionsButton.click();
      await expect(edited.root.getByText(ROOT_2, { exact: true })).toBeVisible();

      // The endorsed comment shows its count and breakdown.
      await expect(objective.comment(ROOT_1_FIRST_LINE).root.getByText(formatMessage(locale, "comments.endorsementCount", { count: 1 }))).toBeVisible();
      await axe({ label: `objective ${OBJECTIVE}, signed in, preview and revisions open (${locale})` });

      // The flag dialog, on someone else's reply.
      await objective.comment(REPLY).flagButton.click();
      const dialog = page.getByRole("dialog", { name: t("comments.flagTitle") });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole("radio", { name: t("flagReasons.spam") })).toBeVisible();
      await axe({ label: `objective ${OBJECTIVE}, flag dialog open (${locale})` });
      await page.keyboard.press("Escape");
      await expect(dialog).toHaveCount(0);
      await expect(objective.comment(REPLY).flagButton).toBeFocused();
    });
  });
}

test("search results", async ({ page, axe }) => {
  const search = new SearchPage(page);
  await search.goto();
  await search.search(SEARCH_WORD);
  await expect(search.hits.first()).toBeVisible();
  await expect(search.hits.first()).toContainText(SEARCH_WORD);
  await axe({ label: "search results" });
});

test("account page with contributions", async ({ page, axe }) => {
  await signIn(page, DEMO.diaspora.email, { callbackUrl: "/en/account" });
  const account = new AccountPage(page);
  const contributions = account.main.getByRole("region", { name: message("en", "contributions.title") });
  await expect(contributions.getByRole("listitem").filter({ hasText: ROOT_2_EDITED })).toBeVisible();
  await expect(contributions.getByRole("listitem").filter({ hasText: REPLY_TO_REPLY })).toBeVisible();
  await axe({ label: "account with contributions" });
});
