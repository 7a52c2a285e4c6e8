"use client";

import { useTranslations } from "next-intl";
import { signInAction } from "@/app/[locale]/(site)/sign-in/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { signInSchema } from "@/lib/users/schemas";
import { useActionForm } from "./use-action-form";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("signIn");
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: signInSchema,
    action: (values) => signInAction({ ...values, callbackUrl }),
    defaultValues: { email: "", password: "" },
  });
  const { register, formState } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="email" label={t("email")} error={errorOf("email")} required>
        {(props) => <input {...props} {...register("email")} type="email" autoComplete="email" className={inputClass} />}
      </Field>
      <Field id="password" label={t("password")} error={errorOf("password")} required>
        {(props) => (
          <input {...props} {...register("password")} type="password" autoComplete="current-password" className={inputClass} />
        )}
      </Field>
      <Button type="submit" disabled={formState.isSubmitting} className="mt-2 self-start">
        {formState.isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
