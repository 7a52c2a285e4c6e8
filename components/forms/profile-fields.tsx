"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { PUBLICATION_PREFERENCES, STAKEHOLDER_GROUPS } from "@/lib/domain-values";
import { LANGUAGES } from "@/lib/i18n/locales";
import type { ProfileInput } from "@/lib/users/schemas";

export interface CountryOption {
  code: string;
  name: string;
}

/** The profile fields shared by sign-up and the account page. */
export function ProfileFields({
  register,
  errorOf,
  countries,
}: {
  // Both forms extend the profile; only its fields are registered here.
  register: UseFormRegister<ProfileInput>;
  errorOf: (field: keyof ProfileInput) => string | undefined;
  countries: readonly CountryOption[];
}) {
  const t = useTranslations("profile");
  const tGroups = useTranslations("stakeholderGroups");
  const tPublication = useTranslations("publicationPreferences");
  return (
    <>
      <Field id="name" label={t("name")} error={errorOf("name")} required>
        {(props) => <input {...props} {...register("name")} autoComplete="name" className={inputClass} />}
      </Field>
      <Field id="stakeholderGroup" label={t("stakeholderGroup")} hint={t("stakeholderGroupHint")} error={errorOf("stakeholderGroup")} required>
        {(props) => (
          <select {...props} {...register("stakeholderGroup")} className={inputClass}>
            <option value="">{t("choose")}</option>
            {STAKEHOLDER_GROUPS.map((group) => (
              <option key={group} value={group}>
                {tGroups(group)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="organization" label={t("organization")} hint={t("organizationHint")} error={errorOf("organization")}>
        {(props) => <input {...props} {...register("organization")} autoComplete="organization" className={inputClass} />}
      </Field>
      <Field id="country" label={t("country")} error={errorOf("country")} required>
        {(props) => (
          <select {...props} {...register("country")} autoComplete="country" className={inputClass}>
            <option value="">{t("choose")}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="locale" label={t("locale")} error={errorOf("locale")} required>
        {(props) => (
          <select {...props} {...register("locale")} className={inputClass}>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium text-slate-800">{t("publicationPreference")}</legend>
        <p className="text-sm text-slate-600">{t("publicationPreferenceHint")}</p>
        {PUBLICATION_PREFERENCES.map((preference) => (
          <label key={preference} className="flex items-center gap-2">
            <input type="radio" value={preference} {...register("publicationPreference")} />
            {tPublication(preference)}
          </label>
        ))}
      </fieldset>
    </>
  );
}
