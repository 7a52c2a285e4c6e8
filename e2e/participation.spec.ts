import { randomInt } from "node:crypto";
import { DEMO, expect, formatMessage, message, test } from "./fixtures";
import { AccountPage } from "./pages/account-page";
import { ObjectivePage, withoutIsolates } from "./pages/objective-page";
import { SearchPage } from "./pages/search-page";
import { SignInPage } from "./pages/sign-in-page";
import { otherPerson, participant, signIn, signUp } from "./participants";

/**
 * Taking part in a discussion. Each test writes on an objective of its own (the seeded demo
 * discussion is on objectives 5, 6 and 15), so tests running in parallel never see each other's
 * comments: 7 the conversation, 8–10 drafts and submits, 16 a lost answer.
 */

const en = (key: string) => message("en", key);

/** A made-up word no other comment contains, for the search. */
function distinctiveWord(): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  return `zorvel${Array.from({ length: 8 }, () => letters[randomInt(letters.length)]).join("")}`;
}

test.describe("two participants of different groups converse", () => {
  test("comment, reply, reply to the reply, endorse, filter, search, edit, delete, contributions", async ({
    page,
    browser,
    baseURL,
    dialogs,
  }) => {
    test.slow();
    const OBJECTIVE = 7;
    const word = distinctiveWord();
    const editWord = distinctiveWord();
    const a = participant({
      stakeholderGroup: "Diaspora organization",
      name: "Amihan Dela Cruz",
      organization: "Filipino Diaspora Forum",
      country: "Philippines",
    });
    const b = participant({
      stakeholderGroup: "Civil society organization",
      name: "Wanjiku Otieno",
      organization: "Haki Migrant Network",
      country: "Kenya",
    });
    const pageB = await otherPerson(browser, dialogs, baseURL);
    await Promise.all([signUp(page, a), signUp(pageB, b)]);

    const rootText = `Workers who return lose their pension rights: the ${word} scheme should let them keep them.`;
    const replyText = `Civil society sees the same in East Africa; portability needs bilateral agreements.`;
    const replyToReplyText = `Agreed, and the agreements should cover domestic workers too.`;
    const editedText = `Workers who return lose their pension rights: the ${word} scheme must let them keep every ${editWord} contribution.`;

    // A writes a top-level comment with a stance and a guiding principle.
    const pageOfA = new ObjectivePage(page);
    await pageOfA.goto(OBJECTIVE);
    const posted = await pageOfA.post(rootText, { stance: "concerns", principles: ["Human rights"] });
    await expect(pageOfA.announcement(en("comments.posted"))).toBeVisible();
    await expect(posted.root).toBeFocused();
    expect(withoutIsolates(await posted.heading.innerText())).toBe(`${a.label}${en("comments.you")}`);
    await expect(posted.root.getByText(en("stances.concerns"))).toBeVisible();
    await expect(posted.tags.getByRole("listitem")).toHaveText(["#Human rights"]);

    // B sees it, with who wrote it, and replies.
    const pageOfB = new ObjectivePage(pageB);
    await pageOfB.goto(OBJECTIVE);
    const rootForB = pageOfB.comment(word);
    await expect(rootForB.root).toBeVisible();
    expect(withoutIsolates(await rootForB.heading.innerText())).toBe(a.label);
    await expect(rootForB.root.getByText(en("stakeholderGroups.diaspora"), { exact: true })).toBeVisible();
    await expect(rootForB.root.getByText(en("stances.concerns"))).toBeVisible();
    await expect(rootForB.tags.getByRole("listitem")).toHaveText(["#Human rights"]);
    // Someone else's comment: no edit or delete.
    await expect(rootForB.editButton).toHaveCount(0);
    await expect(rootForB.deleteButton).toHaveCount(0);
    await waitForReady(pageOfB);
    await rootForB.reply(replyText, "supports");
    const replyForB = pageOfB.comment(replyText);
    await expect(replyForB.root).toBeVisible();
    await expect(replyForB.root).toBeFocused();
    expect(withoutIsolates(await replyForB.heading.innerText())).toBe(`${b.label}${en("comments.you")}`);

    // A sees the reply (under "Show 1 reply") and answers it: a reply to the reply.
    await page.reload();
    await pageOfA.expandAllReplies();
    const replyForA = pageOfA.comment(replyText);
    await expect(replyForA.root).toBeVisible();
    await waitForReady(pageOfA);
    await replyForA.reply(replyToReplyText, "supports");
    const replyToReply = pageOfA.comment(replyToReplyText);
    await expect(replyToReply.root).toBeVisible();
    await expect(replyToReply.root).toBeFocused();
    // One level deeper than the reply it answers.
    await expect(replyForA.root.getByRole("heading", { level: 4 })).toBeVisible();
    await expect(replyToReply.root.getByRole("heading", { level: 5 })).toBeVisible();

    // B endorses A's comment: the count and its breakdown by group appear.
    const endorsed = `${formatMessage("en", "comments.endorsementCount", { count: 1 })} (${formatMessage("en", "comments.endorsementGroup", {
      count: 1,
      group: en("stakeholderGroupsShort.civil_society"),
    })})`;
    expect(endorsed).toBe("1 endorsement (1 civil society)");
    await expect(rootForB.endorseButton).toHaveAttribute("aria-pressed", "false");
    await rootForB.endorseButton.click();
    await expect(rootForB.endorseButton).toHaveAttribute("aria-pressed", "true");
    await expect(rootForB.endorseButton).toHaveAccessibleDescription(endorsed);
    await expect(pageOfB.announcement(en("comments.endorsedAnnouncement"))).toBeVisible();
    await pageB.reload();
    await expect(rootForB.endorseButton).toHaveAttribute("aria-pressed", "true");
    await expect(rootForB.root.getByText(endorsed, { exact: true })).toBeVisible();

    // A sees the endorsement but cannot endorse their own comment.
    await page.reload();
    // Found by its author, not its text, which A edits below.
    const rootForA = pageOfA.topLevelBy(a.name);
    await expect(rootForA.root.getByText(word)).toBeVisible();
    await expect(rootForA.root.getByText(endorsed, { exact: true })).toBeVisible();
    await expect(rootForA.endorseButton).toHaveCount(0);
    await expect(rootForA.flagButton).toHaveCount(0);

    // B filters the thread by stakeholder group; the filter lives in the URL.
    await waitForReady(pageOfB);
    await pageOfB.groupFilter.selectOption({ label: en("stakeholderGroups.diaspora") });
    await pageOfB.applyFilters.click();
    await expect(pageB).toHaveURL(/[?&]group=diaspora(&|$)/);
    await expect(pageOfB.total).toHaveText(/match(es)? these filters$/);
    await expect(rootForB.root).toBeVisible();
    await pageB.reload();
    await expect(pageOfB.groupFilter).toHaveValue("diaspora");
    await expect(rootForB.root).toBeVisible();

    await waitForReady(pageOfB);
    await pageOfB.groupFilter.selectOption({ label: en("stakeholderGroups.civil_society") });
    await pageOfB.applyFilters.click();
    await expect(pageB).toHaveURL(/[?&]group=civil_society(&|$)/);
    await expect(pageOfB.total).toHaveText(formatMessage("en", "threadControls.totalFiltered", { count: 0 }));
    await expect(rootForB.root).toHaveCount(0);
    await pageB.reload();
    await expect(pageOfB.groupFilter).toHaveValue("civil_society");
    await expect(rootForB.root).toHaveCount(0);

    // B searches the consultation for a word of A's comment; the result leads to the comment itself.
    const search = new SearchPage(pageB);
    await search.goto();
    await search.search(word);
    await expect(pageB).toHaveURL(new RegExp(`/en/consultations/gcm/search\\?q=${word}$`));
    await expect(search.count).toHaveText(formatMessage("en", "search.count", { count: 1, query: word }));
    const hit = search.hits.filter({ hasText: word });
    await expect(hit.getByText(a.label)).toBeVisible();
    const link = hit.getByRole("link", { name: "Objective 7: Reduce vulnerabilities", exact: true });
    await expect(link).toHaveAttribute("href", new RegExp(`^/en/consultations/gcm/objectives/${OBJECTIVE}\\?at=[0-9a-f-]{36}#comment-[0-9a-f-]{36}$`));
    await link.click();
    await expect(pageB).toHaveURL(new RegExp(`/objectives/${OBJECTIVE}\\?at=[0-9a-f-]{36}#comment-[0-9a-f-]{36}$`));
    await expect(pageOfB.permalinkNotice).toBeVisible();
    const target = new URL(pageB.url()).hash.slice(1);
    await expect(rootForB.root).toHaveAttribute("id", target);
    await expect(rootForB.root).toBeInViewport();
    expect(await pageB.evaluate(() => window.scrollY), "the page is scrolled down to the comment").toBeGreaterThan(0);
    // The permalink opens the thread's replies.
    await expect(pageOfB.comment(replyText).root).toBeVisible();
    await expect(pageOfB.comment(replyToReplyText).root).toBeVisible();

    // A edits the comment: it says "(edited)", and A can read the earlier version.
    await waitForReady(pageOfA);
    await expect(rootForA.edited).toHaveCount(0);
    await rootForA.editButton.click();
    await expect(rootForA.editForm.body).toHaveValue(rootText);
    await expect(rootForA.editForm.body).toBeFocused();
    await rootForA.editForm.body.fill(editedText);
    await rootForA.editForm.submit.click();
    await expect(rootForA.editForm.root).toHaveCount(0);
    await expect(pageOfA.announcement(en("comments.edited"))).toBeVisible();
    await expect(rootForA.root.getByText(editedText, { exact: true })).toBeVisible();
    await expect(rootForA.edited).toBeVisible();
    await expect(rootForA.root.getByText(rootText, { exact: true })).toHaveCount(0);
    await rootForA.revisionsButton.click();
    await expect(rootForA.root.getByRole("button", { name: en("comments.hideRevisions") })).toHaveAttribute("aria-expanded", "true");
    await expect(rootForA.root.getByText(rootText, { exact: true })).toBeVisible();
    // B, a reader, sees the marker but not the earlier versions.
    await pageB.reload();
    await expect(rootForB.root.getByText(editedText, { exact: true })).toBeVisible();
    await expect(rootForB.edited).toBeVisible();
    await expect(rootForB.revisionsButton).toHaveCount(0);

    // The search knows the edited text.
    await search.goto();
    await search.search(editWord);
    await expect(search.count).toHaveText(formatMessage("en", "search.count", { count: 1, query: editWord }));

    // A deletes the comment: a placeholder keeps its place and the replies stay visible.
    await rootForA.delete();
    await expect(pageOfA.announcement(en("comments.deleted"))).toBeVisible();
    const placeholder = pageOfA.comments.first();
    await expect(placeholder).toHaveAccessibleName(en("comments.deletedHeading"));
    await expect(placeholder.getByText(en("comments.deletedPlaceholder"), { exact: true })).toBeVisible();
    await expect(pageOfA.comments.filter({ hasText: word })).toHaveCount(0);
    await pageOfA.expandAllReplies();
    await expect(pageOfA.comment(replyText).root).toBeVisible();
    await expect(pageOfA.comment(replyToReplyText).root).toBeVisible();

    // So does everyone else, once they load the page again: the newest thread starts with the placeholder.
    await pageOfB.goto(OBJECTIVE);
    await expect(pageOfB.comments.first()).toHaveAccessibleName(en("comments.deletedHeading"));
    await expect(pageOfB.comments.filter({ hasText: word })).toHaveCount(0);
    await pageOfB.expandAllReplies();
    await expect(pageOfB.comment(replyText).root).toBeVisible();
    await expect(pageOfB.comment(replyToReplyText).root).toBeVisible();
    // And the search no longer finds what was deleted.
    await search.goto();
    await search.search(word);
    await expect(search.count).toHaveText(formatMessage("en", "search.count", { count: 0, query: word }));

    // A's "My contributions" lists both comments, the deleted one marked so.
    const account = new AccountPage(page);
    await account.goto();
    const contributions = account.main.getByRole("region", { name: en("contributions.title") });
    const items = contributions.getByRole("listitem");
    await expect(items).toHaveCount(2);
    const rootItem = items.filter({ hasText: word });
    const replyItem = items.filter({ hasText: replyToReplyText });
    await expect(rootItem.getByText(editedText)).toBeVisible();
    await expect(rootItem.getByText(en("contributions.deleted"), { exact: true })).toBeVisible();
    await expect(rootItem.getByText(en("contributions.comment"), { exact: true })).toBeVisible();
    await expect(replyItem.getByText(en("contributions.reply"), { exact: true })).toBeVisible();
    await expect(replyItem.getByText(en("contributions.deleted"), { exact: true })).toHaveCount(0);
    for (const item of [rootItem, replyItem]) {
      await expect(item.getByRole("link", { name: "Objective 7: Reduce vulnerabilities", exact: true })).toBeVisible();
      await expect(item.getByText(en("commentStatus.published"), { exact: true })).toBeVisible();
    }
    // Newest first.
    await expect(items.first()).toContainText(replyToReplyText);
    await pageB.context().close();
  });
});

test.describe("drafts and submits", () => {
  test("a draft survives a reload of the page", async ({ page }) => {
    await signIn(page, DEMO.diaspora.email, { callbackUrl: "/en/consultations/gcm/objectives/8" });
    const objective = new ObjectivePage(page);
    await objective.composer.ready();
    const draft = "Search and rescue at sea is a shared duty:\n\n- fund it\n- never criminalise it";
    await objective.composer.write(draft, { stance: "proposes_change", principles: ["International cooperation"] });
    await expect(objective.composerRegion.getByText(en("comments.draftSaved"))).toBeVisible();

    await page.reload();
    await objective.composer.ready();
    await expect(objective.composer.body).toHaveValue(draft);
    await expect(objective.composer.stance("proposes_change")).toBeChecked();
    await expect(objective.composer.principle("International cooperation")).toBeChecked();
    // Nothing was published by keeping the draft.
    await expect(objective.total).toHaveText(formatMessage("en", "threadControls.total", { count: 0 }));

    // Once published, the draft is gone: a reload shows an empty composer.
    await objective.composer.submit.click();
    await expect(objective.comment("Search and rescue at sea is a shared duty:").root).toBeVisible();
    await expect(objective.composer.body).toHaveValue("");
    await page.reload();
    await objective.composer.ready();
    await expect(objective.comment("Search and rescue at sea is a shared duty:").root).toBeVisible();
    await expect(objective.composer.body).toHaveValue("");
    await expect(objective.composer.stance("proposes_change")).not.toBeChecked();
  });

  test("an empty comment is refused beside its field and nothing is published", async ({ page }) => {
    await signIn(page, DEMO.civilSociety.email, { callbackUrl: "/en/consultations/gcm/objectives/9" });
    const objective = new ObjectivePage(page);
    const { composer } = objective;
    await composer.ready();
    await expect(objective.total).toHaveText(formatMessage("en", "threadControls.total", { count: 0 }));

    await composer.submit.click();
    await expect(composer.body).toHaveAttribute("aria-invalid", "true");
    await expect(composer.body).toHaveAccessibleDescription(new RegExp(escape(en("errors.commentEmpty"))));
    await expect(composer.body).toBeFocused();
    await expect(composer.stanceGroup).toHaveAccessibleDescription(en("errors.stanceUnknown"));

    // Blank lines and spaces are empty too, even with a stance.
    await composer.write("   \n\n   ", { stance: "supports" });
    await composer.submit.click();
    await expect(composer.body).toHaveAccessibleDescription(new RegExp(escape(en("errors.commentEmpty"))));
    await expect(composer.stanceGroup).not.toHaveAccessibleDescription(en("errors.stanceUnknown"));

    await expect(objective.thread).toHaveCount(0);
    await page.reload();
    await expect(objective.total).toHaveText(formatMessage("en", "threadControls.total", { count: 0 }));
    await expect(objective.thread).toHaveCount(0);
  });

  test("double-clicking Publish publishes the comment once", async ({ page }) => {
    await signIn(page, DEMO.civilSociety.email, { callbackUrl: "/en/consultations/gcm/objectives/10" });
    const objective = new ObjectivePage(page);
    const { composer } = objective;
    await composer.ready();
    const text = `Trafficking survivors need residence permits that do not depend on testifying (${distinctiveWord()}).`;
    await composer.write(text, { stance: "proposes_change" });
    await composer.submit.dblclick();

    await expect(objective.comment(text).root).toBeVisible();
    await expect(composer.body).toHaveValue("");
    await expect(objective.comments.filter({ hasText: text })).toHaveCount(1);
    await page.reload();
    await expect(objective.comment(text).root).toBeVisible();
    await expect(objective.comments.filter({ hasText: text })).toHaveCount(1);
  });
});

test.describe("a lost answer", () => {
  test("a publish whose answer is lost, then retried with a correction, loses nothing", async ({ page }) => {
    const OBJECTIVE = 16;
    await signIn(page, DEMO.civilSociety.email, { callbackUrl: `/en/consultations/gcm/objectives/${OBJECTIVE}` });
    const objective = new ObjectivePage(page);
    const { composer } = objective;
    await composer.ready();
    const isPublish = (method: string, headers: Record<string, string>) => method === "POST" && "next-action" in headers;

    // The server receives the first publish and saves it, but its answer never reaches the browser.
    let answersLost = 0;
    await page.route(`**/objectives/${OBJECTIVE}`, async (route) => {
      const request = route.request();
      if (answersLost === 0 && isPublish(request.method(), request.headers())) {
        answersLost++;
        await route.fetch();
        await route.abort("connectionreset");
        return;
      }
      await route.continue();
    });
    const first = `Inclusion starts with language classes for adults (${distinctiveWord()}).`;
    const corrected = `Inclusion starts with free language classes for adults and children (${distinctiveWord()}).`;
    await composer.write(first, { stance: "supports" });
    await composer.submit.click();
    await expect(objective.composerRegion.getByRole("alert")).toHaveText(en("errors.network"));
    await expect(composer.body).toHaveValue(first);

    // The participant corrects the text and publishes again.
    await composer.body.fill(corrected);
    const answer = page.waitForResponse((response) => isPublish(response.request().method(), response.request().headers()));
    await composer.submit.click();
    await answer;
    await expect(composer.submit).toBeEnabled();

    if ((await composer.body.inputValue()) === "") {
      // The app said it is published: then the corrected text is what the others read, once.
      await expect(objective.announcement(en("comments.posted"))).toBeVisible();
      await page.reload();
      await expect(objective.comments.filter({ hasText: corrected }), "the corrected text should be the published one").toHaveCount(1);
      await expect(objective.comments.filter({ hasText: first })).toHaveCount(0);
    } else {
      // Or it refused, said why, and kept the corrected text.
      await expect(objective.composerRegion.getByRole("alert")).toBeVisible();
      await expect(composer.body).toHaveValue(corrected);
    }
  });
});

test.describe("reading without an account", () => {
  test("an anonymous visitor reads the discussion, sees “Sign in to comment” and no composer", async ({ page }) => {
    // Objective 5 has the seeded demo discussion; this test only reads it.
    const objective = new ObjectivePage(page);
    await objective.goto(5);
    await expect(objective.signInToComment).toBeVisible();
    await expect(objective.signInToComment).toHaveAttribute(
      "href",
      `/en/sign-in?callbackUrl=${encodeURIComponent("/en/consultations/gcm/objectives/5")}`,
    );
    await expect(objective.composerRegion).toHaveCount(0);
    await expect(page.getByRole("textbox", { name: en("comments.body") })).toHaveCount(0);
    await expect(page.getByRole("button", { name: en("comments.submit") })).toHaveCount(0);

    // The comments are there to read, with their endorsements, but nothing to act on.
    await expect(objective.comments.first()).toBeVisible();
    await expect(objective.thread.getByText(/^\d+ endorsements?/).first()).toBeVisible();
    for (const action of ["comments.reply", "comments.endorse", "comments.flag", "comments.edit", "comments.delete"]) {
      await expect(objective.thread.getByRole("button", { name: en(action), exact: true })).toHaveCount(0);
    }

    // The link leads back here once signed in, where the composer now is.
    await objective.signInToComment.click();
    const signInPage = new SignInPage(page);
    await expect(signInPage.heading).toBeVisible();
    await signInPage.ready();
    await signInPage.signIn(DEMO.delegate.email, "consultation-demo-2026");
    await expect(page).toHaveURL(/\/en\/consultations\/gcm\/objectives\/5$/);
    await expect(objective.composerRegion).toBeVisible();
    await expect(objective.signInToComment).toHaveCount(0);
  });
});

/** The discussion's islands are hydrated (the composer's button is the last to be). */
async function waitForReady(objective: ObjectivePage): Promise<void> {
  await objective.composer.ready();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
