import { expect, formatMessage, test } from "./fixtures";
import { ObjectivePage } from "./pages/objective-page";
import { otherPerson, participant, signUp } from "./participants";

/** A thread's replies come from the server when a reader opens it; objective 19 is this file's own. */
const OBJECTIVE = 19;
const showOne = formatMessage("en", "comments.showReplies", { count: 1 });
const hideOne = formatMessage("en", "comments.hideReplies", { count: 1 });

test("replies are fetched when a thread is opened, stay open across a reload, and open without JavaScript", async ({
  page,
  browser,
  baseURL,
  dialogs,
}) => {
  test.slow();
  const writerPage = await otherPerson(browser, dialogs, baseURL);
  await signUp(writerPage, participant({ stakeholderGroup: "Migrant organization", name: "Omar Said", organization: "Replies Watch" }));
  const writer = new ObjectivePage(writerPage);
  await writer.goto(OBJECTIVE);
  const stamp = Date.now();
  const root = await writer.post(`A thread whose replies load on demand ${stamp}.`);
  await root.reply(`The reply behind the toggle ${stamp}.`);
  // Posting a reply opens its thread for the writer.
  await expect(writer.comment(`The reply behind the toggle ${stamp}`).root).toBeVisible();
  await expect(writerPage).toHaveURL(/[?&]replies=/);
  await writerPage.context().close();

  // A reader's page (with a query: rendered for the request, not the visitors' copy) carries the count, not the reply.
  const reader = new ObjectivePage(page);
  await reader.goto(OBJECTIVE, "?sort=newest");
  const thread = reader.thread.getByRole("listitem").filter({ has: page.getByText(`A thread whose replies load on demand ${stamp}.`) });
  const reply = reader.comment(`The reply behind the toggle ${stamp}`).root;
  await expect(reply).toHaveCount(0);
  const show = thread.getByRole("link", { name: showOne, exact: true });
  await show.focus();
  await page.keyboard.press("Enter");
  await expect(reply).toBeVisible();
  // The focus is on the toggle that now hides them (a <summary>, which has no role to find it by).
  await expect(page.locator(":focus")).toContainText(hideOne);
  await expect(page).toHaveURL(/sort=newest.*replies=|replies=.*sort=newest/);

  await page.reload();
  await expect(reply).toBeVisible();

  // Without JavaScript the same toggle is a link to the page with the thread open.
  const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const plain = await noScript.newPage();
  const plainReader = new ObjectivePage(plain);
  await plainReader.goto(OBJECTIVE, "?sort=newest");
  await plain.getByRole("link", { name: showOne, exact: true }).first().click();
  await expect(plainReader.comment(`The reply behind the toggle ${stamp}`).root).toBeVisible();
  await noScript.close();
});
