import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, expect, formatMessage, message, test } from "./fixtures";
import { AdminAuditPage } from "./pages/admin-audit-page";
import { AdminStaffPage } from "./pages/admin-staff-page";
import { AdminSuspensionsPage } from "./pages/admin-suspensions-page";
import { AdminVerificationPage } from "./pages/admin-verification-page";
import { ObjectivePage } from "./pages/objective-page";
import { otherPerson, participant, signIn, signUp } from "./participants";

/**
 * The administration screens, driven by the staff who use them. Only objectives 20 and 21 are
 * written on; every person acted upon signs up fresh, so the demo accounts stay as seeded.
 */

const en = (key: string) => message("en", key);
const ADMIN = { email: "admin@example.org" };

/** A name no other test (or earlier run) uses, so the person is found exactly. */
function uniqueName(first: string): string {
  return `${first} ${randomBytes(3).toString("hex").toUpperCase()}`;
}

async function auditShows(page: Page, action: string, text: string): Promise<void> {
  const audit = new AdminAuditPage(page);
  await audit.goto();
  await expect(audit.heading).toBeVisible();
  await audit.filterByAction(en(`auditLog.actions.${action}`));
  await expect(page).toHaveURL(new RegExp(`[?&]action=${action.replace(".", "\\.")}(&|$)`));
  await expect(audit.entries(text).first()).toBeVisible();
  // Filtered: every row is that action.
  for (const row of await audit.rows.all()) await expect(row.getByRole("rowheader")).toContainText(en(`auditLog.actions.${action}`));
}

// Each test drives two people through several pages of a production build on a shared machine.
test.describe.configure({ timeout: 180_000 });

test.describe("administration", () => {
  test("the secretariat verifies a new Member State delegation: its comments gain the official mark", async ({ page, browser, baseURL, dialogs }) => {
    const delegate = participant({ stakeholderGroup: en("stakeholderGroups.member_state"), name: uniqueName("Ingrid"), organization: "Permanent Mission of Norway", country: "Norway" });
    await signUp(page, delegate);
    // A Member State delegation asks for verification by signing up as one.
    await expect(page.getByRole("main").getByText(en("affiliation.pendingExplained"))).toBeVisible();
    const thread = new ObjectivePage(page);
    await thread.goto(20);
    const text = `Norway supports portable social protection ${randomBytes(4).toString("hex")}.`;
    const card = await thread.post(text);
    await expect(card.root.getByText(en("comments.official"))).toHaveCount(0);
    await expect(card.root.getByText(en("comments.affiliationNotVerified"))).toBeVisible();

    const staff = await otherPerson(browser, dialogs, baseURL);
    await signIn(staff, DEMO.secretariat.email, { callbackUrl: "/en/admin/verification" });
    const verification = new AdminVerificationPage(staff);
    const waiting = verification.account(delegate.name);
    await expect(waiting.root).toContainText(delegate.email);
    await expect(waiting.root).toContainText("Permanent Mission of Norway");
    await waiting.ready();
    await waiting.verify.click();
    await expect(verification.announcement(formatMessage("en", "verification.done.verify", { name: delegate.name }))).toBeFocused();
    // Now in the verified list, where it can be revoked.
    await expect(verification.account(delegate.name).revoke).toBeVisible();

    await page.reload();
    await expect(thread.comment(text).root.getByText(en("comments.official"))).toBeVisible();
    await auditShows(staff, "affiliation.verify", delegate.name);
  });

  test("an organization asks for verification from its account page; a refusal needs a note", async ({ page, browser, baseURL, dialogs }) => {
    const ngo = participant({ stakeholderGroup: en("stakeholderGroups.civil_society"), name: uniqueName("Amara") });
    await signUp(page, ngo);
    const main = page.getByRole("main");
    await main.getByRole("button", { name: en("account.verificationRequest"), exact: true }).click();
    await expect(main.getByText(en("affiliation.pendingExplained"))).toBeVisible();
    await expect(main.getByRole("button", { name: en("account.verificationRequest") })).toHaveCount(0);

    const staff = await otherPerson(browser, dialogs, baseURL);
    await signIn(staff, DEMO.secretariat.email, { callbackUrl: "/en/admin/verification" });
    const waiting = new AdminVerificationPage(staff).account(ngo.name);
    await waiting.ready();
    await waiting.reject.click();
    await expect(waiting.note).toHaveAttribute("aria-invalid", "true");
    await expect(waiting.note).toHaveAccessibleDescription(new RegExp(en("errors.noteRequired")));
    await waiting.note.fill("The organization could not be found in the register.");
    await waiting.reject.click();
    await expect(waiting.root).toHaveCount(0);
    await page.reload();
    await expect(main.getByText(en("affiliation.rejected"))).toBeVisible();
  });

  test("an admin suspends a participant from the platform: their open session is signed out at its next request", async ({ page, browser, baseURL, dialogs }) => {
    const person = participant({ stakeholderGroup: en("stakeholderGroups.diaspora"), name: uniqueName("Rafael") });
    const theirs = await otherPerson(browser, dialogs, baseURL);
    await signUp(theirs, person);
    const thread = new ObjectivePage(theirs);
    await thread.goto(21);
    const text = `A comment before the suspension ${randomBytes(4).toString("hex")}.`;
    await thread.post(text);

    await signIn(page, ADMIN.email, { password: DEMO_PASSWORD, callbackUrl: "/en/admin/suspensions" });
    const suspensions = new AdminSuspensionsPage(page);
    await suspensions.find(person.email);
    await expect(suspensions.results(formatMessage("en", "platformSuspensions.results", { count: 1, query: person.email }))).toBeVisible();
    await suspensions.suspend(person.name, "Posting the same advertisement everywhere", { hideComments: true });
    await expect(suspensions.announcement(formatMessage("en", "platformSuspensions.suspendedAnnouncement", { name: person.name }))).toBeFocused();
    await expect(suspensions.activeRow(person.name)).toContainText("Posting the same advertisement everywhere");

    // Their next request: the session no longer counts.
    await theirs.goto("/en/account");
    await expect(theirs).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Faccount$/);
    await thread.goto(21);
    await expect(thread.header.signInLink).toBeVisible();
    await expect(thread.comment(text).root).toHaveCount(0);

    await auditShows(page, "participant.suspendPlatform", person.name);

    await suspensions.goto();
    await suspensions.lift(person.name);
    await expect(suspensions.announcement(formatMessage("en", "platformSuspensions.liftedAnnouncement", { name: person.name }))).toBeFocused();
    await expect(suspensions.activeRow(person.name)).toHaveCount(0);
  });

  test("an admin appoints a new moderator, who then sees the Moderation link", async ({ page, browser, baseURL, dialogs }) => {
    const person = participant({ stakeholderGroup: en("stakeholderGroups.academia"), name: uniqueName("Mei") });
    const theirs = await otherPerson(browser, dialogs, baseURL);
    await signUp(theirs, person);
    await theirs.goto("/en/consultations/gcm");
    const moderationLink = theirs.getByRole("navigation", { name: en("staffTools.label") }).getByRole("link", { name: en("staffTools.moderation") });
    await expect(theirs.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(moderationLink).toHaveCount(0);

    await signIn(page, ADMIN.email, { password: DEMO_PASSWORD, callbackUrl: "/en/consultations/gcm/staff" });
    const staff = new AdminStaffPage(page);
    await staff.appointByEmail("nobody-at-all@example.org", "moderator");
    await expect(staff.email).toHaveAccessibleDescription(new RegExp(en("errors.noAccountWithEmail")));
    await staff.appointByEmail(person.email, "moderator");
    const appointed = formatMessage("en", "staffPage.appointed", { name: person.name, role: en("staffPage.roles.moderator") });
    await expect(staff.announcement(appointed)).toBeFocused();
    await expect(staff.row(person.name)).toContainText(en("staffPage.roles.moderator"));
    await expect(staff.email).toHaveValue("");

    await theirs.reload();
    await expect(moderationLink).toBeVisible();
    await auditShows(page, "staff.appoint", person.name);

    await staff.goto();
    await staff.remove(person.name);
    await expect(staff.row(person.name)).toHaveCount(0);
    await theirs.reload();
    await expect(moderationLink).toHaveCount(0);
  });
});

test.describe("administration pages: axe (WCAG 2.1 A and AA)", () => {
  for (const locale of ["en", "ar"]) {
    test(`staff start page, verification, suspensions, staff and audit (${locale})`, async ({ page, axe }) => {
      await signIn(page, ADMIN.email, { password: DEMO_PASSWORD });
      const t = (key: string) => message(locale, key);
      const pages: [string, string][] = [
        [`/${locale}/admin`, t("adminHome.title")],
        [`/${locale}/admin/verification`, t("verification.title")],
        [`/${locale}/admin/suspensions?q=example.org`, t("platformSuspensions.title")],
        [`/${locale}/consultations/gcm/staff`, t("staffPage.title")],
        [`/${locale}/consultations/gcm/audit`, t("auditLog.title")],
      ];
      for (const [path, title] of pages) {
        await page.goto(path);
        await expect(page.getByRole("main").getByRole("heading", { name: title, level: 1 })).toBeVisible();
        await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
        await axe({ label: path });
      }
    });
  }

  test("a participant is refused the staff pages with a reason", async ({ page }) => {
    await signIn(page, DEMO.civilSociety.email);
    for (const path of ["/en/admin/verification", "/en/admin/suspensions", "/en/consultations/gcm/staff", "/en/consultations/gcm/audit"]) {
      await page.goto(path);
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Only (this consultation's staff|platform administrators) can do this\./);
    }
  });
});
