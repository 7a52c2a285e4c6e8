"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateProfileAction } from "@/app/[locale]/(site)/account/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { profileSchema, type ProfileInput } from "@/lib/users/schemas";
import { ProfileFields, type CountryOption } from "./profile-fields";
import { useActionForm } from "./use-action-form";

export function ProfileForm({ profile, countries }: { profile: ProfileInput; countries: readonly CountryOption[] }) {
  const t = useTranslations("account");
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: profileSchema,
    action: updateProfileAction,
    defaultValues: profile,
    onSuccess: () => setSaved(true),
  });
  return (
    <form method="post" onSubmit={(event) => (setSaved(false), onSubmit(event))} noValidate className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <ProfileFields register={form.register} errorOf={errorOf} countries={countries} />
      <Button type="submit" disabled={form.formState.isSubmitting} className="mt-4 self-start">
        {form.formState.isSubmitting ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
