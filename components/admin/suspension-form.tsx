"use client";

import { useTranslations } from "next-intl";
import { suspendPlatformAction } from "@/app/[locale]/(site)/admin/suspensions/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { platformSuspensionSchema } from "@/lib/users/admin-schemas";
import { useAnnounce } from "./announcer";

/** Suspends one account from the whole platform: a reason, an optional end, optionally hiding their comments. */
export function SuspensionForm({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("platformSuspensions");
  const announce = useAnnounce();
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: platformSuspensionSchema,
    action: suspendPlatformAction,
    defaultValues: { userId, reason: "", endsAt: "", hideComments: false },
    onSuccess: () => announce(t("suspendedAnnouncement", { name })),
  });
  const id = (field: string) => `${field}-${userId}`;
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label={t("suspendFormLabel", { name })} className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...form.register("userId")} />
      <Field id={id("reason")} label={t("reason")} hint={t("reasonHint")} error={errorOf("reason")} required>
        {(props) => <textarea {...props} {...form.register("reason")} rows={2} className={inputClass} />}
      </Field>
      <Field id={id("endsAt")} label={t("endsAt")} hint={t("endsAtHint")} error={errorOf("endsAt")}>
        {(props) => <input {...props} type="date" {...form.register("endsAt")} className={`${inputClass} max-w-xs`} />}
      </Field>
      <label className="flex items-center gap-2">
        <input type="checkbox" {...form.register("hideComments")} />
        {t("hideComments")}
      </label>
      <Button type="submit" disabled={form.formState.isSubmitting} className="mt-2 self-start">
        {form.formState.isSubmitting ? t("suspending") : t("suspend")}
      </Button>
    </form>
  );
}
