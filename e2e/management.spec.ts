import { randomBytes } from "node:crypto";
import { DEMO, expect, formatMessage, message, test } from "./fixtures";
import { ObjectivePage } from "./pages/objective-page";
import { ADMIN_EMAIL, EditObjectivePage, ImportPage, NewConsultationPage, ObjectivesEditorPage, SettingsPage } from "./pages/management-pages";
import { otherPerson, participant, signIn, signUp } from "./participants";

/**
 * Managing a consultation. Every test that changes a status or a setting does it on a consultation
 * it creates (its own address per run): other specs use the seeded GCM consultation meanwhile. The
 * only change to GCM is the text of objective 22, which is put back.
 */

const en = (key: string) => message("en", key);
const uniqueSlug = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;

test.describe("an admin sets up, runs and closes a consultation", () => {
  test("create, settings, open, objectives, reorder (also without scripts), import with a fix, close while a participant writes", async ({
    page,
    browser,
    baseURL,
    dialogs,
    axe,
  }) => {
    // A whole consultation's life in one story: far longer than one page's test.
    test.setTimeout(300_000);
    const slug = uniqueSlug("e2e-review");
    await signIn(page, ADMIN_EMAIL, { callbackUrl: "/en/admin/consultations/new" });

    // Create: a regional draft.
    const creation = new NewConsultationPage(page);
    await creation.goto();
    await axe({ label: "new consultation (en)" });
    await creation.create({ slug, title: "Regional review: Africa", summary: "How the Compact is carried out in Africa.", region: "Africa" });
    await expect(page).toHaveURL(new RegExp(`/en/consultations/${slug}/secretariat/settings\\?created=1$`));
    const settings = new SettingsPage(page);
    await expect(settings.main.getByText(en("consultationSettings.created"))).toBeVisible();
    await expect(settings.status("draft")).toBeVisible();
    await axe({ label: "settings (en)" });

    // Settings: a new title, pre-moderation, a higher auto-hide threshold.
    await settings.goto(slug);
    await settings.title.fill("Regional review of the Compact: Africa");
    await settings.moderation("pre").check();
    await settings.threshold.fill("5");
    await settings.save.click();
    await expect(settings.saved).toBeVisible();
    await page.reload();
    await expect(settings.title).toHaveValue("Regional review of the Compact: Africa");
    await expect(settings.moderation("pre")).toBeChecked();
    await expect(settings.threshold).toHaveValue("5");

    // Open it.
    await settings.statusButton("openNow").click();
    await expect(settings.changed("open")).toBeVisible();
    await expect(settings.status("open")).toBeVisible();
    await expect(settings.statusButton("closeNow")).toBeVisible();

    // Objectives: add two, edit the first one's text, see it rendered on the public page.
    const editor = new ObjectivesEditorPage(page);
    await editor.goto(slug);
    await expect(editor.main.getByText(en("objectivesEditor.empty"))).toBeVisible();
    await editor.addObjective({ shortTitle: "Data", title: "Collect and use accurate data", body: "First draft." });
    await expect(editor.main.getByRole("status").filter({ hasText: formatMessage("en", "objectivesEditor.added", { number: 1 }) })).toBeVisible();
    await expect(editor.number).toHaveValue("2");
    await editor.addObjective({ shortTitle: "Drivers", title: "Minimize the adverse drivers" });
    await expect.poll(() => editor.rows()).toEqual(["1 Data", "2 Drivers"]);
    await axe({ label: "objectives editor (en)" });

    await editor.editLink("Data").click();
    const edit = new EditObjectivePage(page);
    await expect(edit.body).toHaveValue("First draft.");
    await edit.saveBody("Data are **the basis** of *evidence-based* policies.");
    await expect(edit.saved).toBeVisible();
    await expect(edit.published.locator("strong")).toHaveText("the basis");
    await page.goto(`/en/consultations/${slug}/objectives/1`);
    await expect(page.getByRole("main").locator("strong", { hasText: "the basis" })).toBeVisible();
    await expect(page.getByRole("main").locator("em", { hasText: "evidence-based" })).toBeVisible();

    // Reorder: "Data" moves down and becomes number 2.
    await editor.goto(slug);
    await editor.move("down", 1).click();
    await expect(editor.moved(2)).toBeVisible();
    await expect.poll(() => editor.rows()).toEqual(["1 Drivers", "2 Data"]);
    await expect(editor.move("up", 1)).toHaveCount(0);

    // The same buttons work without scripts: a plain form post and back.
    const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await page.context().storageState() });
    const plain = await noScript.newPage();
    const plainEditor = new ObjectivesEditorPage(plain);
    await plainEditor.goto(slug);
    await plainEditor.move("up", 2).click();
    await expect(plainEditor.moved(1)).toBeVisible();
    await expect.poll(() => plainEditor.rows()).toEqual(["1 Data", "2 Drivers"]);
    await noScript.close();

    // Import a CSV with one bad line: the preview shows it, nothing is written; fix it, import.
    const importing = new ImportPage(page);
    await importing.goto(slug);
    const csv = [
      "number,short_title,title,body",
      '2,Information,Provide accurate and timely information,"Updated by the import, with a comma."',
      "3,,Ensure proof of legal identity,",
      "4,Pathways,Enhance regular pathways,",
    ].join("\n");
    await importing.file.setInputFiles({ name: "objectives.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect(importing.content).toHaveValue(csv);
    await importing.previewButton.click();
    await expect(importing.issues).toHaveText([importing.issue(3, "shortTitleEmpty")]);
    await expect(importing.preview.getByRole("button")).toHaveCount(0);
    await expect(importing.rows).toHaveCount(2);
    await axe({ label: "import preview with a problem (en)" });
    await importing.content.fill(csv.replace("3,,Ensure", "3,Legal identity,Ensure"));
    await expect(importing.preview.getByText(en("objectivesImport.changedSincePreview"))).toBeVisible();
    await importing.previewButton.click();
    await expect(importing.issues).toHaveCount(0);
    await expect(importing.rows).toHaveCount(3);
    await expect(importing.rows.first()).toContainText(formatMessage("en", "objectivesImport.outcomeUpdate", { number: 2 }));
    await axe({ label: "import preview (en)" });
    await importing.importButton(3).click();
    await expect(importing.imported(2, 1)).toBeVisible();
    await editor.goto(slug);
    await expect.poll(() => editor.rows()).toEqual(["1 Data", "2 Information", "3 Legal identity", "4 Pathways"]);

    // A participant writes on objective 1 in another browser; the admin closes the consultation meanwhile.
    const writer = participant({ stakeholderGroup: "Diaspora organization", name: "Kwame Mensah", organization: "Ghana Diaspora Forum", country: "Ghana" });
    const writerPage = await otherPerson(browser, dialogs, baseURL);
    await signUp(writerPage, writer);
    await writerPage.goto(`/en/consultations/${slug}/objectives/1`);
    const objective = new ObjectivePage(writerPage);
    await objective.composer.ready();
    const text = "Household surveys should count migrants who arrived in the last year.";
    await objective.composer.write(text, { stance: "proposes_change" });

    await settings.goto(slug);
    await settings.statusButton("closeNow").click();
    await expect(settings.changed("closed")).toBeVisible();
    await expect(settings.status("closed")).toBeVisible();

    await objective.composer.submit.click();
    await expect(objective.composerRegion.getByRole("alert")).toHaveText(en("errors.forbidden.consultationNotOpen"));
    await expect(objective.composer.body).toHaveValue(text);
    await writerPage.reload();
    await expect(objective.discussion.getByText(en("comments.closedNotice"))).toBeVisible();
    await writerPage.context().close();
  });
});

test.describe("management pages in Arabic", () => {
  test("new consultation, settings, objectives editor and import preview pass axe", async ({ page, axe }) => {
    test.setTimeout(150_000);
    const slug = uniqueSlug("e2e-ar");
    await signIn(page, ADMIN_EMAIL, { callbackUrl: "/ar/admin/consultations/new" });
    const creation = new NewConsultationPage(page, "ar");
    await creation.goto();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await axe({ label: "new consultation (ar)" });
    await creation.submit.click();
    await expect(creation.main.getByText(message("ar", "errors.required")).first()).toBeVisible();
    await axe({ label: "new consultation with errors (ar)" });
    await creation.create({ slug, title: "مراجعة إقليمية", summary: "كيف يُنفَّذ الميثاق في المنطقة." });
    await expect(page).toHaveURL(new RegExp(`/ar/consultations/${slug}/secretariat/settings`));

    const settings = new SettingsPage(page, "ar");
    await expect(settings.heading).toBeVisible();
    await axe({ label: "settings (ar)" });

    const editor = new ObjectivesEditorPage(page, "ar");
    await editor.goto(slug);
    await editor.addObjective({ shortTitle: "البيانات", title: "جمع البيانات واستخدامها" });
    await expect.poll(() => editor.rows()).toEqual(["1 البيانات"]);
    await axe({ label: "objectives editor (ar)" });

    const importing = new ImportPage(page, "ar");
    await importing.goto(slug);
    await importing.main.getByRole("radio", { name: "JSON", exact: true }).check();
    await importing.content.fill(JSON.stringify({ objectives: [{ number: 1, short: "البيانات", title: "عنوان محدّث" }, { number: 1, short: "مكرر", title: "مكرر" }] }));
    await importing.previewButton.click();
    await expect(importing.issues).toHaveText([
      `${formatMessage("ar", "objectivesImport.atEntry", { line: 2 })}: ${formatMessage("ar", "objectivesImport.issues.numberDuplicate", { number: 1, first: 1 })}`,
    ]);
    await axe({ label: "import preview (ar)" });
  });
});

test.describe("the secretariat of the seeded consultation", () => {
  test("edits the text of objective 22 and sees it on its page; cannot create consultations", async ({ page }) => {
    test.slow();
    const OBJECTIVE = 22;
    await signIn(page, DEMO.secretariat.email, { callbackUrl: `/en/consultations/gcm/secretariat/objectives/${OBJECTIVE}` });
    const edit = new EditObjectivePage(page);
    await edit.goto("gcm", OBJECTIVE);
    const original = await edit.body.inputValue();
    const marker = `Reviewed ${randomBytes(3).toString("hex")}`;
    try {
      await edit.saveBody(`${marker}: *portability* of earned benefits.`);
      await expect(edit.saved).toBeVisible();
      await page.goto(`/en/consultations/gcm/objectives/${OBJECTIVE}`);
      await expect(page.getByRole("main").getByText(marker)).toBeVisible();
      await expect(page.getByRole("main").locator("em", { hasText: "portability" })).toBeVisible();
    } finally {
      await edit.goto("gcm", OBJECTIVE);
      await edit.saveBody(original);
      await expect(edit.saved).toBeVisible();
    }

    await page.goto("/en/admin/consultations/new");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(en("errors.forbidden.notAdmin"));
  });
});
