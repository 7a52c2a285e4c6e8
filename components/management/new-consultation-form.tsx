"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";
import { createConsultationAction } from "@/app/[locale]/(site)/admin/consultations/new/actions";
import type { CountryOption } from "@/components/forms/profile-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { newConsultationSchema } from "@/lib/consultations/schemas";
import { CONSULTATION_SCOPES } from "@/lib/domain-values";
import { REGIONS } from "@/lib/geo/countries";
import { LANGUAGE_CODES } from "@/lib/i18n/locales";
import { useRouter } from "@/lib/i18n/navigation";
import { Choices, ConsultationFields } from "./consultation-fields";

export function NewConsultationForm({ countries }: { countries: readonly CountryOption[] }) {
  const t = useTranslations("newConsultation");
  const tRegions = useTranslations("regions");
  const router = useRouter();
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: newConsultationSchema,
    action: createConsultationAction,
    defaultValues: {
      slug: "",
      title: "",
      summary: "",
      scope: "global",
      region: "",
      country: "",
      opensAt: "",
      closesAt: "",
      moderationMode: "post",
      languages: [...LANGUAGE_CODES],
      allowedGroups: [],
      autoHideThreshold: 3,
    },
    onSuccess: (data) => router.push({ pathname: `/consultations/${data?.slug}/secretariat/settings`, query: { created: "1" } }),
  });
  const { register, formState, watch } = form;
  const scope = watch("scope");
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="slug" label={t("slug")} hint={t("slugHint")} error={errorOf("slug")} required>
        {(props) => <input {...props} {...register("slug")} autoCapitalize="none" spellCheck={false} className={inputClass} />}
      </Field>
      <Choices id="scope" legend={t("scope")} error={errorOf("scope")}>
        {CONSULTATION_SCOPES.map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" value={value} {...register("scope")} />
            {t(`scopes.${value}`)}
          </label>
        ))}
      </Choices>
      {scope === "regional" ? (
        <Field id="region" label={t("region")} error={errorOf("region")} required>
          {(props) => (
            <select {...props} {...register("region")} className={inputClass}>
              <option value="">{t("choose")}</option>
              {REGIONS.map((region) => (
                <option key={region} value={region}>
                  {tRegions(region)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {scope === "national" ? (
        <Field id="country" label={t("country")} error={errorOf("country")} required>
          {(props) => (
            <select {...props} {...register("country")} className={inputClass}>
              <option value="">{t("choose")}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <ConsultationFields register={register as unknown as UseFormRegister<Record<string, unknown>>} errorOf={errorOf} />
      <p className="text-sm text-slate-700">{t("createdAsDraft")}</p>
      <Button type="submit" disabled={formState.isSubmitting} className="mt-2 self-start">
        {formState.isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
