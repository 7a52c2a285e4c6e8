"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { AUTO_HIDE_MAX, type SettingsInput } from "@/lib/consultations/schemas";
import { MODERATION_MODES, STAKEHOLDER_GROUPS } from "@/lib/domain-values";
import { LANGUAGES } from "@/lib/i18n/locales";

type SettingsField = Exclude<keyof SettingsInput, "consultationId">;

/** What a datetime-local field shows for an instant: the person's own local time. */
export function localDateTime(date: Date | null): string {
  if (!date) return "";
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** The fields the secretariat edits, shared by the new-consultation form and the settings form. */
export function ConsultationFields({
  register,
  errorOf,
}: {
  // Both forms extend the settings; only their fields are registered here.
  register: UseFormRegister<Record<SettingsField, unknown>>;
  errorOf: (field: SettingsField) => string | undefined;
}) {
  const t = useTranslations("consultationForm");
  const tGroups = useTranslations("stakeholderGroups");
  return (
    <>
      <Field id="title" label={t("title")} error={errorOf("title")} required>
        {(props) => <input {...props} {...register("title")} className={inputClass} />}
      </Field>
      <Field id="summary" label={t("summary")} hint={t("summaryHint")} error={errorOf("summary")}>
        {(props) => <textarea {...props} {...register("summary")} rows={4} className={inputClass} />}
      </Field>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium text-slate-800">{t("dates")}</legend>
        <p className="text-sm text-slate-600">{t("datesHint")}</p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field id="opensAt" label={t("opensAt")} error={errorOf("opensAt")}>
            {(props) => <input {...props} {...register("opensAt")} type="datetime-local" className={inputClass} />}
          </Field>
          <Field id="closesAt" label={t("closesAt")} error={errorOf("closesAt")}>
            {(props) => <input {...props} {...register("closesAt")} type="datetime-local" className={inputClass} />}
          </Field>
        </div>
      </fieldset>
      <Choices legend={t("moderationMode")} error={errorOf("moderationMode")} id="moderationMode">
        {MODERATION_MODES.map((mode) => (
          <label key={mode} className="flex items-start gap-2">
            <input type="radio" value={mode} {...register("moderationMode")} className="mt-1.5" />
            <span>
              <span className="font-medium">{t(`moderation.${mode}`)}</span>
              <span className="block text-sm text-slate-600">{t(`moderation.${mode}Hint`)}</span>
            </span>
          </label>
        ))}
      </Choices>
      <Choices legend={t("languages")} hint={t("languagesHint")} error={errorOf("languages")} id="languages">
        <div className="grid grid-cols-2 gap-1 sm:grid-cols-3">
          {LANGUAGES.map((language) => (
            <label key={language.code} className="flex items-center gap-2">
              <input type="checkbox" value={language.code} {...register("languages")} />
              <span lang={language.code}>{language.name}</span>
            </label>
          ))}
        </div>
      </Choices>
      <Choices legend={t("allowedGroups")} hint={t("allowedGroupsHint")} error={errorOf("allowedGroups")} id="allowedGroups">
        <div className="grid gap-1 sm:grid-cols-2">
          {STAKEHOLDER_GROUPS.map((group) => (
            <label key={group} className="flex items-center gap-2">
              <input type="checkbox" value={group} {...register("allowedGroups")} />
              {tGroups(group)}
            </label>
          ))}
        </div>
      </Choices>
      <Field id="autoHideThreshold" label={t("autoHideThreshold")} hint={t("autoHideHint")} error={errorOf("autoHideThreshold")} required>
        {(props) => (
          <input {...props} {...register("autoHideThreshold")} type="number" min={1} max={AUTO_HIDE_MAX} inputMode="numeric" className={`${inputClass} max-w-32`} />
        )}
      </Field>
    </>
  );
}

/** A group of radio buttons or checkboxes with its legend, hint and error. */
export function Choices({
  id,
  legend,
  hint,
  error,
  children,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  children: React.ReactNode;
}) {
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={described}>
      <legend className="font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      <p id={`${id}-error`} aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
        {error}
      </p>
    </fieldset>
  );
}
