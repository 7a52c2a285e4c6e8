import { expect, test } from "./fixtures";
import { ObjectivePage } from "./pages/objective-page";
import { otherPerson, participant, signUp } from "./participants";

/**
 * Visitors without a session read objective pages from the visitors' copies, answered before Next
 * (server.ts, lib/cache/visitor-front.ts), which carry their age. What they read must still follow every write:
 * objective 4 is this file's own.
 */
const OBJECTIVE = 4;
const PATH = `/en/consultations/gcm/objectives/${OBJECTIVE}`;

test("a visitor's cached objective page shows posts within its window, drops deletions at once, and never reaches a signed-in reader", async ({
  page,
  browser,
  baseURL,
  dialogs,
}) => {
  test.slow();
  const visitor = new ObjectivePage(page);
  const first = await page.goto(PATH);
  expect(first!.headers()["age"], "served from the visitors' copy").toBeDefined();
  expect(first!.headers()["cache-control"]).toBe("private, no-cache");
  expect(first!.headers()["content-encoding"], "gzipped once per copy, as the browser asks").toBe("gzip");
  await expect(visitor.signInToComment).toBeVisible();
  // The cached copy names the page's own address, in its links as in the browser.
  await expect(page).toHaveURL(PATH);
  await expect(visitor.header.languageLink("Français")).toHaveAttribute("href", `/fr/consultations/gcm/objectives/${OBJECTIVE}`);

  const author = participant({ stakeholderGroup: "Migrant organization", name: "Lina Haddad", organization: "Cache Watch" });
  const authorPage = await otherPerson(browser, dialogs, baseURL);
  await signUp(authorPage, author);
  const writer = new ObjectivePage(authorPage);
  const signedIn = await authorPage.goto(PATH);
  expect(signedIn!.headers()["age"], "a signed-in reader gets the page made for them").toBeUndefined();
  await expect(writer.composer.body).toBeVisible();

  const text = `Cached pages must show this comment within their window ${Date.now()}.`;
  const posted = await writer.post(text);

  // The copy is kept for 15 seconds; the visit after that is served it while a new one is fetched.
  await expect(async () => {
    await page.reload();
    await expect(visitor.comment(text).root).toBeVisible({ timeout: 1_000 });
  }).toPass({ intervals: [2_000], timeout: 45_000 });

  await posted.delete();
  await expect(posted.root).toHaveCount(0);
  await page.reload();
  await expect(visitor.comment(text).root).toHaveCount(0);
  await authorPage.context().close();
});

test("the cached copies have no address of their own, and a query gets the page made for the request", async ({ page }) => {
  await page.goto(`/en/visitor/consultations/gcm/objectives/${OBJECTIVE}`);
  await expect(page).toHaveURL(PATH);

  const filtered = await page.goto(`${PATH}?sort=oldest`);
  expect(filtered!.headers()["age"]).toBeUndefined();
  await expect(new ObjectivePage(page).heading).toBeVisible();
});

test("a visitor moves on from the copy within the page as from any other", async ({ page }) => {
  await page.goto(PATH);
  await page.getByRole("link", { name: "Oldest first" }).click();
  await expect(page).toHaveURL(`${PATH}?sort=oldest`);
  await expect(page.getByRole("link", { name: "Oldest first" })).toHaveAttribute("aria-current", "true");
  await page.getByRole("link", { name: "Global Compact for Safe, Orderly and Regular Migration" }).click();
  await expect(page).toHaveURL("/en/consultations/gcm");
});
