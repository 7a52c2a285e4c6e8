"use client";

import { useLocale, useTranslations } from "next-intl";
import type { UseFormRegister } from "react-hook-form";
import { signUpAction } from "@/app/[locale]/(site)/sign-up/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { LanguageCode } from "@/lib/i18n/locales";
import { PASSWORD_MIN, signUpSchema, type ProfileInput } from "@/lib/users/schemas";
import { ProfileFields, type CountryOption } from "./profile-fields";
import { useActionForm } from "./use-action-form";

export function SignUpForm({ countries }: { countries: readonly CountryOption[] }) {
  const t = useTranslations("signUp");
  const locale = useLocale() as LanguageCode;
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: signUpSchema,
    action: signUpAction,
    defaultValues: {
      name: "",
      email: "",
      password: "",
      organization: "",
      stakeholderGroup: undefined,
      country: "",
      locale,
      publicationPreference: "name_and_organization",
    },
  });
  const { register, formState } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="email" label={t("email")} error={errorOf("email")} required>
        {(props) => <input {...props} {...register("email")} type="email" autoComplete="email" className={inputClass} />}
      </Field>
      <Field id="password" label={t("password")} hint={t("passwordHint", { min: PASSWORD_MIN })} error={errorOf("password")} required>
        {(props) => (
          <input {...props} {...register("password")} type="password" autoComplete="new-password" className={inputClass} />
        )}
      </Field>
      <ProfileFields
        register={register as unknown as UseFormRegister<ProfileInput>}
        errorOf={errorOf}
        countries={countries}
      />
      <Button type="submit" disabled={formState.isSubmitting} className="mt-4 self-start">
        {formState.isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
