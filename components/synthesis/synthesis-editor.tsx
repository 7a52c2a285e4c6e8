"use client";

import { useFormatter, useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useState } from "react";
import { saveSynthesisAction } from "@/app/[locale]/(site)/consultations/[slug]/secretariat/synthesis/[number]/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { synthesisSchema } from "@/lib/synthesis/schemas";

// The Markdown renderer is only needed once someone asks for a preview.
const CommentBody = dynamic(() => import("@/components/comments/comment-body").then((m) => m.CommentBody));

interface Saved {
  updatedAt: Date | null;
  updatedByName: string | null;
}

/**
 * The secretariat's text for one objective, saved on request. A save carries the version it was
 * written from; when someone else saved in between, the server refuses and the text stays here.
 */
export function SynthesisEditor({
  objectiveId,
  body,
  version,
  saved: initial,
}: {
  objectiveId: string;
  body: string;
  version: string;
  saved: Saved;
}) {
  const t = useTranslations("synthesis");
  const tComments = useTranslations("comments");
  const format = useFormatter();
  const [saved, setSaved] = useState(initial);
  const [justSaved, setJustSaved] = useState(false);
  const [preview, setPreview] = useState(false);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: synthesisSchema,
    action: saveSynthesisAction,
    defaultValues: { objectiveId, body, baseVersion: version },
    onSuccess: (data) => {
      if (!data) return;
      form.reset({ ...form.getValues(), baseVersion: data.version });
      setSaved(data);
      setJustSaved(true);
    },
  });
  const text = form.watch("body") ?? "";
  const bodyError = errorOf("body");

  return (
    <form
      onSubmit={(event) => {
        setJustSaved(false);
        void onSubmit(event);
      }}
      noValidate
      className="flex flex-col gap-3"
      aria-busy={form.formState.isSubmitting || undefined}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {justSaved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <p className="text-sm text-slate-700">
        {saved.updatedAt
          ? t("lastEdited", {
              name: saved.updatedByName ?? t("someone"),
              date: format.dateTime(new Date(saved.updatedAt), { dateStyle: "medium", timeStyle: "short" }),
            })
          : t("notWritten")}
      </p>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor="synthesis-body" className="font-medium text-slate-800">
          {t("bodyLabel")}
        </label>
        <button
          type="button"
          aria-pressed={preview}
          aria-controls="synthesis-preview"
          onClick={() => setPreview((p) => !p)}
          className="rounded border border-slate-400 bg-white px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 aria-pressed:border-brand-700 aria-pressed:bg-brand-50"
        >
          {tComments("preview")}
        </button>
      </div>
      <p id="synthesis-body-hint" className="text-sm text-slate-600">
        {tComments.rich("formattingHint", {
          code: (chunks) => (
            <code dir="ltr" className="rounded bg-slate-100 px-1 font-mono text-xs text-slate-800">
              {chunks}
            </code>
          ),
        })}
      </p>
      <textarea
        id="synthesis-body"
        {...form.register("body")}
        rows={14}
        dir="auto"
        aria-invalid={bodyError ? true : undefined}
        aria-describedby={`synthesis-body-hint${bodyError ? " synthesis-body-error" : ""}`}
        className={`${inputClass} ${preview ? "hidden" : ""}`}
      />
      <div id="synthesis-preview" hidden={!preview} dir="auto" className="min-h-32 rounded border border-dashed border-slate-400 bg-slate-50 px-3 py-2">
        <p className="sr-only">{t("previewHeading")}</p>
        {preview ? text.trim() ? <CommentBody text={text} /> : <p className="text-slate-600">{tComments("previewEmpty")}</p> : null}
      </div>
      <p id="synthesis-body-error" aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
        {bodyError}
      </p>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
