"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { inputClass } from "@/components/ui/field";
import { COMMENT_MAX_LENGTH } from "@/lib/comments/schemas";
import { STANCES, type Stance } from "@/lib/domain-values";
import { useDiscussion } from "./discussion-context";

// The Markdown renderer is only needed once someone asks for a preview: keep it out of the page's first load.
const CommentBody = dynamic(() => import("./comment-body").then((m) => m.CommentBody), {
  loading: () => <PreviewLoading />,
});

function PreviewLoading() {
  const t = useTranslations("comments");
  return <p className="text-slate-600">{t("previewLoading")}</p>;
}

/** The fields a comment and its edit share. */
export interface ContentValues {
  body: string;
  stance?: Stance;
  locale: string;
  tags?: string[];
}

/** Announces the count politely, after a pause in typing, once it matters (near or past the limit). */
function useCounterAnnouncement(text: string, matters: boolean): string {
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(matters ? text : ""), 900);
    return () => clearTimeout(timer);
  }, [text, matters]);
  return announced;
}

export function CommentFields({
  form,
  errorOf,
  idPrefix,
  bodyLabel,
  autoFocus,
}: {
  form: UseFormReturn<ContentValues>;
  errorOf: (field: keyof ContentValues) => string | undefined;
  idPrefix: string;
  bodyLabel: string;
  autoFocus?: boolean;
}) {
  const t = useTranslations("comments");
  const tStances = useTranslations("stances");
  const { principles, languages } = useDiscussion();
  const { register, watch } = form;
  const [preview, setPreview] = useState(false);

  const body = watch("body") ?? "";
  const locale = watch("locale");
  const length = body.trim().length;
  const over = length - COMMENT_MAX_LENGTH;
  const counterText = over > 0 ? t("charactersOver", { count: over }) : t("charactersUsed", { count: length, max: COMMENT_MAX_LENGTH });
  const announced = useCounterAnnouncement(counterText, over > 0 || COMMENT_MAX_LENGTH - length <= 250);

  const id = (name: string) => `${idPrefix}-${name}`;
  const bodyError = errorOf("body");
  const stanceError = errorOf("stance");
  const tagsError = errorOf("tags");
  const localeError = errorOf("locale");
  const describedBy = [id("body-hint"), id("body-counter"), bodyError ? id("body-error") : undefined].filter(Boolean).join(" ");

  return (
    <>
      <div className="flex flex-col gap-1">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <label htmlFor={id("body")} className="font-medium text-slate-800">
            {bodyLabel}
            <span aria-hidden="true" className="ms-1 text-red-700">*</span>
          </label>
          <button
            type="button"
            aria-pressed={preview}
            aria-controls={id("preview")}
            onClick={() => setPreview((p) => !p)}
            className="rounded border border-slate-400 bg-white px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 aria-pressed:border-brand-700 aria-pressed:bg-brand-50"
          >
            {t("preview")}
          </button>
        </div>
        <p id={id("body-hint")} className="text-sm text-slate-600">
          {t.rich("formattingHint", {
            code: (chunks) => (
              <code dir="ltr" className="rounded bg-slate-100 px-1 font-mono text-xs text-slate-800">
                {chunks}
              </code>
            ),
          })}
        </p>
        <textarea
          id={id("body")}
          {...register("body")}
          rows={6}
          aria-required
          aria-invalid={bodyError || over > 0 ? true : undefined}
          aria-describedby={describedBy}
          autoFocus={autoFocus}
          dir="auto"
          lang={locale}
          className={`${inputClass} ${preview ? "hidden" : ""}`}
        />
        <div
          id={id("preview")}
          hidden={!preview}
          lang={locale}
          dir="auto"
          className="min-h-32 rounded border border-dashed border-slate-400 bg-slate-50 px-3 py-2"
        >
          <p className="sr-only">{t("previewHeading")}</p>
          {preview ? body.trim() ? <CommentBody text={body} /> : <p className="text-slate-600">{t("previewEmpty")}</p> : null}
        </div>
        <p id={id("body-counter")} className={`text-sm ${over > 0 ? "font-semibold text-red-700" : "text-slate-600"}`}>
          {over > 0 ? <span aria-hidden="true">⚠ </span> : null}
          {counterText}
        </p>
        <p aria-live="polite" className="sr-only">
          {announced}
        </p>
        <p id={id("body-error")} aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
          {bodyError}
        </p>
      </div>

      <fieldset
        className="flex flex-col gap-1"
        aria-describedby={stanceError ? id("stance-error") : undefined}
      >
        <legend className="font-medium text-slate-800">
          {t("stance")}
          <span aria-hidden="true" className="ms-1 text-red-700">*</span>
        </legend>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {STANCES.map((stance) => (
            <label key={stance} className="flex items-center gap-2 py-1">
              <input
                type="radio"
                value={stance}
                {...register("stance")}
                className="size-4"
              />
              {tStances(stance)}
            </label>
          ))}
        </div>
        <p id={id("stance-error")} aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
          {stanceError}
        </p>
      </fieldset>

      {principles.length > 0 ? (
        <fieldset className="flex flex-col gap-1" aria-describedby={`${id("tags-hint")}${tagsError ? ` ${id("tags-error")}` : ""}`}>
          <legend className="font-medium text-slate-800">{t("principles")}</legend>
          <p id={id("tags-hint")} className="text-sm text-slate-600">
            {t("principlesHint")}
          </p>
          <div className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {principles.map((tag) => (
              <label key={tag.key} className="flex items-start gap-2 py-1">
                <input type="checkbox" value={tag.key} {...register("tags")} className="mt-1 size-4 shrink-0" />
                <span>{tag.label}</span>
              </label>
            ))}
          </div>
          <p id={id("tags-error")} aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
            {tagsError}
          </p>
        </fieldset>
      ) : null}

      <div className="flex flex-col gap-1">
        <label htmlFor={id("locale")} className="font-medium text-slate-800">
          {t("language")}
        </label>
        <p id={id("locale-hint")} className="text-sm text-slate-600">
          {t("languageHint")}
        </p>
        <select
          id={id("locale")}
          {...register("locale")}
          aria-invalid={localeError ? true : undefined}
          aria-describedby={`${id("locale-hint")}${localeError ? ` ${id("locale-error")}` : ""}`}
          className={`${inputClass} sm:max-w-xs`}
        >
          {languages.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.name}
            </option>
          ))}
        </select>
        <p id={id("locale-error")} aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
          {localeError}
        </p>
      </div>
    </>
  );
}

/** Errors of the form's hidden values (ids, idempotency key), which have no field to sit beside. */
export function hiddenFieldError(errors: Record<string, { message?: string } | undefined>, fields: string[]): string | undefined {
  for (const field of fields) {
    const message = errors[field]?.message;
    if (message) return message;
  }
  return undefined;
}
