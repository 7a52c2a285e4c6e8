"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { inputClass } from "@/components/ui/field";
import type { ReasonOption } from "./workspace-context";

/** The reason of a rejection or hiding, picked from the consultation's templates, and optional words for the author. */
export function ReasonFields({
  idPrefix,
  reasons,
  reasonCode,
  reasonText,
  reasonError,
  textError,
}: {
  idPrefix: string;
  reasons: ReasonOption[];
  /** The form's registration of each field. */
  reasonCode: UseFormRegisterReturn;
  reasonText: UseFormRegisterReturn;
  reasonError?: string;
  textError?: string;
}) {
  const t = useTranslations("moderationWorkspace");
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <fieldset className="flex flex-col gap-1" aria-describedby={reasonError ? id("reason-error") : undefined}>
        <legend className="font-medium text-slate-800">
          {t("reason")}
          <span aria-hidden="true" className="ms-1 text-red-700">*</span>
        </legend>
        {reasons.map((reason) => (
          <label key={reason.code} className="flex items-center gap-2 py-1">
            <input type="radio" value={reason.code} {...reasonCode} className="size-4" />
            {reason.label}
          </label>
        ))}
        <p id={id("reason-error")} aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
          {reasonError}
        </p>
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor={id("text")} className="font-medium text-slate-800">
          {t("reasonText")}
        </label>
        <p id={id("text-hint")} className="text-sm text-slate-600">
          {t("reasonTextHint")}
        </p>
        <textarea
          id={id("text")}
          {...reasonText}
          rows={2}
          dir="auto"
          aria-invalid={textError ? true : undefined}
          aria-describedby={`${id("text-hint")}${textError ? ` ${id("text-error")}` : ""}`}
          className={inputClass}
        />
        <p id={id("text-error")} aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
          {textError}
        </p>
      </div>
    </>
  );
}
