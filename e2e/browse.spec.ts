import { expect, message, test } from "./fixtures";
import { Header } from "./pages/header";

const GCM_TITLE = "Global Compact for Safe, Orderly and Regular Migration";
const OBJECTIVE_5 = "Enhance availability and flexibility of pathways for regular migration";
const OBJECTIVE_6 = "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work";
const OBJECTIVE_4 = "Ensure that all migrants have proof of legal identity and adequate documentation";

test.describe("browsing the consultation", () => {
  test("home lists the GCM consultation, which lists its 23 objectives", async ({ page }) => {
    await page.goto("/en");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { name: "Consultations", level: 1 })).toBeVisible();
    const gcm = main.getByRole("link", { name: GCM_TITLE, exact: true });
    await expect(gcm).toBeVisible();
    await expect(main.getByText(/^23 objectives · /)).toBeVisible();
    await expect(main.getByText("Open for comments")).toBeVisible();

    await gcm.click();
    await expect(page).toHaveURL(/\/en\/consultations\/gcm$/);
    await expect(main.getByRole("heading", { name: GCM_TITLE, level: 1 })).toBeVisible();
    const objectives = main.getByRole("region", { name: "23 objectives" });
    await expect(objectives.getByRole("heading", { name: "23 objectives", level: 2 })).toBeVisible();
    await expect(objectives.getByRole("listitem")).toHaveCount(23);
    await expect(objectives.getByRole("link")).toHaveCount(23);
    await expect(objectives.getByRole("link", { name: /^Objective 1 · / })).toBeVisible();
    await expect(objectives.getByRole("link", { name: /^Objective 23 · / })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${GCM_TITLE}`));
  });

  test("an objective page shows its title and links to the previous and next objectives", async ({ page }) => {
    await page.goto("/en/consultations/gcm");
    const main = page.getByRole("main");
    await main.getByRole("link", { name: /^Objective 5 · Regular pathways/ }).click();

    await expect(page).toHaveURL(/\/en\/consultations\/gcm\/objectives\/5$/);
    await expect(main.getByRole("heading", { name: OBJECTIVE_5, level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(/^Objective 5: Regular pathways/);
    const breadcrumb = main.getByRole("navigation", { name: "Breadcrumb" });
    await expect(breadcrumb.getByRole("link", { name: GCM_TITLE })).toBeVisible();

    const others = main.getByRole("navigation", { name: "Other objectives" });
    await others.getByRole("link", { name: "Objective 6: Recruitment and decent work", exact: true }).click();
    await expect(page).toHaveURL(/\/objectives\/6$/);
    await expect(main.getByRole("heading", { name: OBJECTIVE_6, level: 1 })).toBeVisible();

    await others.getByRole("link", { name: "Objective 5: Regular pathways", exact: true }).click();
    await expect(page).toHaveURL(/\/objectives\/5$/);
    await expect(main.getByRole("heading", { name: OBJECTIVE_5, level: 1 })).toBeVisible();

    await others.getByRole("link", { name: "Objective 4: Legal identity and documentation", exact: true }).click();
    await expect(page).toHaveURL(/\/objectives\/4$/);
    await expect(main.getByRole("heading", { name: OBJECTIVE_4, level: 1 })).toBeVisible();

    await breadcrumb.getByRole("link", { name: GCM_TITLE }).click();
    await expect(page).toHaveURL(/\/en\/consultations\/gcm$/);
  });

  test("the first objective has no previous link and the last no next link", async ({ page }) => {
    const main = page.getByRole("main");
    const others = main.getByRole("navigation", { name: "Other objectives" });

    await page.goto("/en/consultations/gcm/objectives/1");
    await expect(others.getByRole("link")).toHaveCount(1);
    await expect(others.getByRole("link")).toHaveAttribute("rel", "next");
    await expect(others.getByRole("link")).toHaveAccessibleName(/^Objective 2: /);

    await page.goto("/en/consultations/gcm/objectives/23");
    await expect(others.getByRole("link")).toHaveCount(1);
    await expect(others.getByRole("link")).toHaveAttribute("rel", "prev");
    await expect(others.getByRole("link")).toHaveAccessibleName(/^Objective 22: /);
  });
});

test.describe("not found", () => {
  for (const path of [
    "/en/consultations/no-such-consultation",
    "/en/consultations/gcm/objectives/99",
    "/en/consultations/gcm/objectives/0",
    "/en/consultations/gcm/objectives/five",
    "/en/no-such-page",
  ]) {
    test(`${path} answers 404 with the not-found page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      const main = page.getByRole("main");
      await expect(main.getByRole("heading", { name: "Page not found", level: 1 })).toBeVisible();
      await expect(main.getByRole("link", { name: "Go to the list of consultations" })).toHaveAttribute("href", "/en");
      // Still the full site: header and navigation are there.
      await expect(new Header(page).brand).toBeVisible();
    });
  }

  for (const locale of ["fr", "ar"]) {
    test(`the not-found page is translated (${locale})`, async ({ page }) => {
      const response = await page.goto(`/${locale}/consultations/gcm/objectives/99`);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const main = page.getByRole("main");
      await expect(main.getByRole("heading", { name: message(locale, "notFound.title"), level: 1 })).toBeVisible();
      await expect(main.getByRole("link", { name: message(locale, "notFound.home") })).toHaveAttribute("href", `/${locale}`);
    });
  }
});

test.describe("languages", () => {
  test("the language switcher turns the page into Arabic, right to left, and back", async ({ page }) => {
    await page.goto("/en/consultations/gcm/objectives/5");
    const html = page.locator("html");
    await expect(html).toHaveAttribute("lang", "en");
    await expect(html).toHaveAttribute("dir", "ltr");
    const header = new Header(page);
    await expect(header.languageLink("English")).toHaveAttribute("aria-current", "true");

    await header.switchLanguage("العربية");
    await expect(page).toHaveURL(/^http:\/\/localhost:3100\/ar\/consultations\/gcm\/objectives\/5$/);
    expect(new URL(page.url()).pathname.startsWith("/ar")).toBe(true);
    await expect(html).toHaveAttribute("dir", "rtl");
    await expect(html).toHaveAttribute("lang", "ar");
    await expect(header.languageLink("العربية")).toHaveAttribute("aria-current", "true");
    // The interface is translated (the objective's own text stays as published).
    await expect(header.banner.getByRole("link", { name: message("ar", "nav.signIn"), exact: true })).toBeVisible();
    await expect(page.getByRole("main").getByRole("heading", { name: OBJECTIVE_5, level: 1 })).toBeVisible();

    await header.switchLanguage("English");
    await expect(page).toHaveURL(/\/en\/consultations\/gcm\/objectives\/5$/);
    await expect(html).toHaveAttribute("dir", "ltr");
    await expect(html).toHaveAttribute("lang", "en");
  });

  test("the language switcher turns the page into French", async ({ page }) => {
    await page.goto("/en");
    const header = new Header(page);
    await header.switchLanguage("Français");
    await expect(page).toHaveURL(/\/fr$/);
    const html = page.locator("html");
    await expect(html).toHaveAttribute("lang", "fr");
    await expect(html).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("main").getByRole("heading", { name: message("fr", "home.title"), level: 1 })).toBeVisible();
    await expect(header.banner.getByRole("link", { name: message("fr", "nav.signIn"), exact: true })).toBeVisible();
    await expect(page).toHaveTitle(message("fr", "meta.title"));
  });

  test("a path without a locale is sent to one", async ({ page }) => {
    await page.goto("/consultations/gcm");
    await expect(page).toHaveURL(/\/en\/consultations\/gcm$/);
  });

  test("the Arabic home is right to left", async ({ page }) => {
    await page.goto("/ar");
    const html = page.locator("html");
    await expect(html).toHaveAttribute("dir", "rtl");
    await expect(html).toHaveAttribute("lang", "ar");
    await expect(page.getByRole("main").getByRole("heading", { name: message("ar", "home.title"), level: 1 })).toBeVisible();
  });
});
