"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { importObjectivesAction, previewImportAction } from "@/app/[locale]/(site)/consultations/[slug]/secretariat/objectives/import/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ImportPreview } from "@/lib/consultations/import";
import { IMPORT_FORMATS, importSchema, MAX_IMPORT_BYTES, type ImportFormat } from "@/lib/consultations/schemas";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { Choices } from "./consultation-fields";
import { ImportPreviewView } from "./import-preview";

/**
 * Choose a file (or paste its content), preview what it would do, fix what the preview shows, then
 * import. The content stays in the form through every step, so nothing chosen or typed is lost.
 */
export function ImportForm({ consultationId, slug }: { consultationId: string; slug: string }) {
  const t = useTranslations("objectivesImport");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [preview, setPreview] = useState<{ data: ImportPreview; content: string; format: ImportFormat }>();
  const [outcome, setOutcome] = useState<{ added: number; updated: number }>();
  const [importError, setImportError] = useState<string>();
  const [importing, setImporting] = useState(false);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: importSchema,
    action: previewImportAction,
    defaultValues: { consultationId, format: "csv", content: "" },
    onSuccess: (data) => data && setPreview({ data, content: form.getValues("content"), format: form.getValues("format") }),
  });
  const content = form.watch("content");
  const format = form.watch("format");
  const current = preview && preview.content === content && preview.format === format ? preview : undefined;
  const previewHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => previewHeading.current?.focus(), [preview]);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => outcomeRef.current?.focus(), [outcome]);

  async function chooseFile(file: File | undefined) {
    if (!file) return;
    setOutcome(undefined);
    if (file.size > MAX_IMPORT_BYTES) {
      // Refused before it is read: the limit is known, the content is not needed to tell.
      form.setError("content", { message: "fileTooLarge" }, { shouldFocus: false });
      return;
    }
    form.setValue("format", file.name.toLowerCase().endsWith(".json") ? "json" : "csv");
    form.setValue("content", await file.text(), { shouldValidate: true });
  }

  async function runImport() {
    if (!current) return;
    setImportError(undefined);
    setImporting(true);
    try {
      const result = await importObjectivesAction({ consultationId, format: current.format, content: current.content });
      if (result.ok) {
        setOutcome(result.data);
        setPreview(undefined);
        router.refresh();
      } else {
        setImportError("error" in result ? tErrors(result.error, result.values) : tErrors(Object.values(result.fieldErrors)[0][0]));
      }
    } catch {
      setImportError(tErrors("network"));
    } finally {
      setImporting(false);
    }
  }

  return (
    <div className="flex flex-col gap-6">
      {outcome ? (
        <div ref={outcomeRef} tabIndex={-1}>
          <Alert tone="success">
            {t("imported", outcome)}{" "}
            <Link href={`/consultations/${slug}/secretariat/objectives`} className="font-medium underline">
              {t("backToEditor")}
            </Link>
          </Alert>
        </div>
      ) : null}
      <form method="post" onSubmit={(event) => (setOutcome(undefined), onSubmit(event))} noValidate className="flex flex-col gap-2">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="font-medium text-slate-800">
            {t("file")}
          </label>
          <p id="import-file-hint" className="text-sm text-slate-600">
            {t("fileHint", { max: MAX_IMPORT_BYTES / 1024 })}
          </p>
          <input
            id="import-file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby="import-file-hint"
            onChange={(event) => void chooseFile(event.target.files?.[0])}
            className="text-slate-800"
          />
        </div>
        <Choices id="format" legend={t("format")} error={errorOf("format")}>
          <div className="flex gap-6">
            {IMPORT_FORMATS.map((value) => (
              <label key={value} className="flex items-center gap-2">
                <input type="radio" value={value} {...form.register("format")} />
                {t(`formats.${value}`)}
              </label>
            ))}
          </div>
        </Choices>
        <Field id="content" label={t("content")} hint={t("contentHint")} error={errorOf("content")} required>
          {(props) => <textarea {...props} {...form.register("content")} rows={12} dir="ltr" spellCheck={false} className={`${inputClass} font-mono text-sm`} />}
        </Field>
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting} className="self-start">
          {form.formState.isSubmitting ? t("previewing") : t("preview")}
        </Button>
      </form>
      {preview ? (
        <section aria-labelledby="preview-heading" className="flex flex-col gap-4">
          <h2 id="preview-heading" ref={previewHeading} tabIndex={-1} className="text-xl font-semibold">
            {t("previewHeading")}
          </h2>
          {current ? null : <Alert tone="info">{t("changedSincePreview")}</Alert>}
          <ImportPreviewView preview={preview.data} />
          {importError ? <Alert tone="error">{importError}</Alert> : null}
          {current && current.data.issues.length === 0 ? (
            <Button type="button" onClick={() => void runImport()} disabled={importing} className="self-start">
              {importing ? t("importing") : t("import", { count: current.data.rows.length })}
            </Button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
