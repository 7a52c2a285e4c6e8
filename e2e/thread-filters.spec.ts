import { expect, message, test } from "./fixtures";
import { ObjectivePage } from "./pages/objective-page";

const en = (key: string) => message("en", key);

// Objective 6's demo discussion opens with a comment by Rafael Santos (Filipino Diaspora Council).
const OBJECTIVE = 6;
const RAFAEL = "Rafael Santos";

test.describe("filtering a thread by region and country", () => {
  test("the country list follows the region chosen, and the filter lives in the URL", async ({ page, axe }) => {
    const objective = new ObjectivePage(page);
    await objective.goto(OBJECTIVE);
    await expect(objective.countryFilter).toBeDisabled();
    await expect(objective.countryFilter).toHaveAccessibleDescription(en("threadControls.countryHint"));
    await axe({ label: "objective page, country filter waiting for a region" });

    await objective.regionFilter.selectOption({ label: en("regions.asia") });
    await expect(objective.countryFilter).toBeEnabled();
    await expect(objective.countryFilter.getByRole("option", { name: "Philippines", exact: true })).toBeAttached();
    await expect(objective.countryFilter.getByRole("option", { name: "Kenya", exact: true })).not.toBeAttached();

    await objective.countryFilter.selectOption({ label: "Philippines" });
    await objective.applyFilters.click();
    await expect(page).toHaveURL(/\?region=asia&country=PH$/);
    await expect(objective.total).toHaveText(/match(es)? these filters$/);
    await expect(objective.comments.filter({ hasText: RAFAEL }).first()).toBeVisible();
    await axe({ label: "objective page filtered by country" });

    // After a reload the fields show the filters in effect; another region starts its own list.
    await page.reload();
    await expect(objective.regionFilter).toHaveValue("asia");
    await expect(objective.countryFilter).toHaveValue("PH");
    await objective.regionFilter.selectOption({ label: en("regions.africa") });
    await expect(objective.countryFilter).toHaveValue("");
    await objective.countryFilter.selectOption({ label: "Kenya" });
    await objective.applyFilters.click();
    await expect(page).toHaveURL(/\?region=africa&country=KE$/);
    await expect(objective.comments.filter({ hasText: RAFAEL })).toHaveCount(0);
  });

  test("without JavaScript, the countries of a region appear once the region is applied", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const objective = new ObjectivePage(page);
    await objective.goto(OBJECTIVE);
    await expect(objective.countryFilter).toBeDisabled();

    await objective.regionFilter.selectOption({ label: en("regions.asia") });
    await objective.applyFilters.click();
    await expect(page).toHaveURL(/[?&]region=asia(&|$)/);
    await expect(objective.countryFilter).toBeEnabled();
    await objective.countryFilter.selectOption({ label: "Philippines" });
    await objective.applyFilters.click();
    await expect(page).toHaveURL(/[?&]country=PH(&|$)/);
    await expect(objective.comments.filter({ hasText: RAFAEL }).first()).toBeVisible();
    await context.close();
  });
});
