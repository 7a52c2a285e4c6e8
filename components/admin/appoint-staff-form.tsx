"use client";

import { useTranslations } from "next-intl";
import { appointStaffAction } from "@/app/[locale]/(site)/consultations/[slug]/staff/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { STAFF_ROLES } from "@/lib/domain-values";
import { staffAppointmentSchema } from "@/lib/users/admin-schemas";
import { useAnnounce } from "./announcer";

/** Appoints the holder of an account, named by its email, as a moderator or secretariat member. */
export function AppointStaffForm({ slug }: { slug: string }) {
  const t = useTranslations("staffPage");
  const announce = useAnnounce();
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: staffAppointmentSchema,
    action: appointStaffAction,
    defaultValues: { slug, email: "", role: "moderator" },
    onSuccess: (data) => {
      announce(t("appointed", { name: data?.name ?? "", role: t(`roles.${form.getValues("role")}`) }));
      form.reset({ slug, email: "", role: form.getValues("role") });
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-labelledby="appoint-heading" className="flex max-w-xl flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...form.register("slug")} />
      <Field id="appoint-email" label={t("email")} hint={t("emailHint")} error={errorOf("email")} required>
        {(props) => <input {...props} type="email" {...form.register("email")} autoComplete="off" className={inputClass} />}
      </Field>
      <Field id="appoint-role" label={t("role")} error={errorOf("role")} required>
        {(props) => (
          <select {...props} {...form.register("role")} className={inputClass}>
            {STAFF_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting} className="mt-2 self-start">
        {form.formState.isSubmitting ? t("appointing") : t("appoint")}
      </Button>
    </form>
  );
}
