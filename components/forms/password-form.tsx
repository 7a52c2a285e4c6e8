"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { changePasswordAction } from "@/app/[locale]/(site)/account/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { PASSWORD_MIN, passwordChangeSchema } from "@/lib/users/schemas";
import { useActionForm } from "./use-action-form";

export function PasswordForm() {
  const t = useTranslations("account");
  const [changed, setChanged] = useState(false);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: passwordChangeSchema,
    action: changePasswordAction,
    defaultValues: { currentPassword: "", newPassword: "" },
    onSuccess: () => {
      setChanged(true);
      form.reset();
    },
  });
  const { register, formState } = form;
  return (
    <form method="post" onSubmit={(event) => (setChanged(false), onSubmit(event))} noValidate className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {changed ? <Alert tone="success">{t("passwordChanged")}</Alert> : null}
      <Field id="currentPassword" label={t("currentPassword")} error={errorOf("currentPassword")} required>
        {(props) => (
          <input {...props} {...register("currentPassword")} type="password" autoComplete="current-password" className={inputClass} />
        )}
      </Field>
      <Field id="newPassword" label={t("newPassword")} hint={t("passwordHint", { min: PASSWORD_MIN })} error={errorOf("newPassword")} required>
        {(props) => (
          <input {...props} {...register("newPassword")} type="password" autoComplete="new-password" className={inputClass} />
        )}
      </Field>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting} className="mt-2 self-start">
        {t("changePassword")}
      </Button>
    </form>
  );
}
