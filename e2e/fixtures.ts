import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Dialog, type Locator, type Page } from "@playwright/test";
import type { Result } from "axe-core";
import { IntlMessageFormat } from "intl-messageformat";
import type { Catalog } from "../lib/i18n/catalog";
import { readCatalog } from "../lib/i18n/catalog-files";

export { expect };

/** The WCAG 2.0 and 2.1 A and AA rules. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The demo accounts seeded by `npm start` (db/seed/demo-accounts.ts). */
export const DEMO_PASSWORD = "consultation-demo-2026";
export const DEMO = {
  diaspora: { email: "diaspora@example.org", name: "Rafael Santos" },
  civilSociety: { email: "civil-society@example.org", name: "Grace Wanjiru" },
  delegate: { email: "delegate@example.org", name: "Carmen Ruiz" },
  pendingDelegate: { email: "pending-delegate@example.org", name: "Jonas Weber" },
  secretariat: { email: "secretariat@example.org", name: "Tomás Ibarra" },
  moderator: { email: "moderator@example.org", name: "Leila Haddad" },
} as const;

/** An email address no other test (or earlier run against the same database) uses. */
export function uniqueEmail(prefix = "diaspora"): string {
  return `${prefix}-${Date.now()}-${randomBytes(4).toString("hex")}@example.org`;
}

/** A password long enough for the sign-up rules (at least 12 characters). */
export function uniquePassword(): string {
  return `correct horse ${randomBytes(6).toString("hex")}`;
}

/**
 * A message from the app's own catalog (messages/<locale>/), so tests of translated pages
 * do not hard-code French or Arabic strings.
 */
export function message(locale: string, key: string): string {
  const value = key.split(".").reduce<unknown>((node, part) => (node as Catalog | undefined)?.[part], readCatalog(locale));
  if (typeof value !== "string") throw new Error(`No message ${key} in the ${locale} catalog`);
  return value;
}

/**
 * A message of the catalog with its ICU placeholders filled in ("{count, plural, …}"), formatted
 * as the app formats it, e.g. formatMessage("en", "comments.endorsementCount", { count: 1 }).
 */
export function formatMessage(locale: string, key: string, values: Record<string, string | number> = {}): string {
  return String(new IntlMessageFormat(message(locale, key), locale).format(values));
}

/**
 * Records every JavaScript dialog the page opens (and dismisses it). The `dialogs` fixture does this
 * for `page`; call it for the pages of other browser contexts a test opens.
 */
export function guardDialogs(page: Page, dialogs: Dialog[]): void {
  page.on("dialog", (dialog) => {
    dialogs.push(dialog);
    void dialog.dismiss().catch(() => {});
  });
}

/**
 * Waits until React has hydrated the element (a form's submit button, usually). The forms are
 * client components without an `action`: clicking before hydration would make the browser submit
 * them natively instead of through the server action.
 */
export async function waitForHydration(element: Locator): Promise<void> {
  await expect
    .poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactProps$"))), {
      message: "the page should hydrate",
      timeout: 15_000,
    })
    .toBe(true);
}

/** Presses Tab until `target` has focus and returns how many presses it took; fails after `max`. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((node) => node === document.activeElement)) return presses;
  }
  throw new Error(`Tab never reached ${target} in ${max} presses`);
}

function formatViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    - ${node.target.join(" ")}\n      ${node.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`)
        .join("\n");
      return `  [${violation.impact ?? "?"}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join("\n");
}

/** `on` is the page to scan when a test drives more than its own page. */
export type AxeCheck = (options?: { label?: string; exclude?: string[]; on?: Page }) => Promise<void>;

interface Fixtures {
  /** Runs axe (WCAG 2.0/2.1 A and AA) on the page as it is now and expects no violation. */
  axe: AxeCheck;
  /** Every JavaScript dialog (alert, confirm, prompt) the page opened; the test fails if any did. */
  dialogs: Dialog[];
}

export const test = base.extend<Fixtures>({
  dialogs: [
    async ({ page }, use) => {
      const dialogs: Dialog[] = [];
      guardDialogs(page, dialogs);
      await use(dialogs);
      expect(
        dialogs.map((d) => `${d.type()}: ${d.message()}`),
        "the page must never open a JavaScript dialog",
      ).toEqual([]);
    },
    { auto: true },
  ],

  axe: async ({ page }, use, testInfo) => {
    await use(async ({ label, exclude = [], on = page } = {}) => {
      // Legacy mode runs axe in the page itself: the default opens a blank page in the browser for
      // every scan to merge the frames' results, about 0.4 s a scan on its own. The app has no
      // frames from other origins, the only thing the default mode adds.
      let builder = new AxeBuilder({ page: on }).withTags(WCAG_TAGS).setLegacyMode();
      for (const selector of exclude) builder = builder.exclude(selector);
      const results = await builder.analyze();
      const name = label ?? on.url();
      if (results.violations.length > 0) {
        const report = formatViolations(results.violations);
        console.log(`\naxe: ${results.violations.length} violation(s) on ${name}\n${report}\n`);
        await testInfo.attach(`axe violations (${name})`, {
          body: JSON.stringify(results.violations, null, 2),
          contentType: "application/json",
        });
      }
      expect(
        results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
        `axe violations on ${name}`,
      ).toEqual([]);
    });
  },
});
