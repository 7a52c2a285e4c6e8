import { DEMO, expect, message, tabTo, test } from "./fixtures";
import { ObjectivePage } from "./pages/objective-page";
import { signIn } from "./participants";

const en = (key: string) => message("en", key);

// Objective 11 is this spec's own: no other test writes there.
const OBJECTIVE = 11;

test("a comment can be written and published with the keyboard alone", async ({ page }) => {
  await signIn(page, DEMO.delegate.email, { callbackUrl: `/en/consultations/gcm/objectives/${OBJECTIVE}` });
  const objective = new ObjectivePage(page);
  const { composer } = objective;
  // Signing in led here: the focus starts at the top of the page.
  await composer.ready();

  await tabTo(page, composer.body);
  const text = "Consular registries at the border would speed up the screening of unaccompanied children.";
  await page.keyboard.type(text);
  await expect(composer.body).toHaveValue(text);

  // Tab enters the stance radios at the first one; the arrow keys move through them and choose.
  await page.keyboard.press("Tab");
  await expect(composer.stance("supports")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(composer.stance("concerns")).toBeFocused();
  await expect(composer.stance("concerns")).toBeChecked();
  await page.keyboard.press("ArrowDown");
  await expect(composer.stance("proposes_change")).toBeChecked();
  await page.keyboard.press("ArrowUp");
  await expect(composer.stance("concerns")).toBeChecked();
  await expect(composer.stance("proposes_change")).not.toBeChecked();

  // A guiding principle, ticked with the space bar.
  await page.keyboard.press("Tab");
  await expect(composer.principle("People-centred")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(composer.principle("People-centred")).toBeChecked();

  await tabTo(page, composer.submit);
  await page.keyboard.press("Enter");

  const posted = objective.comment(text);
  await expect(posted.root).toBeVisible();
  // The focus moves to the new comment, and the live region says it is published.
  await expect(posted.root).toBeFocused();
  await expect(objective.announcement(en("comments.posted"))).toBeVisible();
  await expect(posted.root.getByText(en("stances.concerns"))).toBeVisible();
  await expect(posted.tags.getByRole("listitem")).toHaveText(["#People-centred"]);
  await expect(composer.body).toHaveValue("");
  await expect(composer.stance("concerns")).not.toBeChecked();

  // And the keyboard goes on from there: the next Tab reaches the comment's own tools.
  await page.keyboard.press("Tab");
  await expect(posted.root.getByRole("link", { name: en("comments.permalink") })).toBeFocused();
});
