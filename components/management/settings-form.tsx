"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { UseFormRegister } from "react-hook-form";
import { updateSettingsAction } from "@/app/[locale]/(site)/consultations/[slug]/secretariat/settings/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { Consultation } from "@/db/schema";
import { settingsSchema } from "@/lib/consultations/schemas";
import type { LanguageCode } from "@/lib/i18n/locales";
import { useRouter } from "@/lib/i18n/navigation";
import { ConsultationFields, localDateTime } from "./consultation-fields";

export type SettingsValues = Pick<
  Consultation,
  "id" | "title" | "summary" | "opensAt" | "closesAt" | "moderationMode" | "languages" | "allowedGroups" | "autoHideThreshold"
>;

export function SettingsForm({ consultation: c }: { consultation: SettingsValues }) {
  const t = useTranslations("consultationSettings");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: settingsSchema,
    action: updateSettingsAction,
    defaultValues: {
      consultationId: c.id,
      title: c.title,
      summary: c.summary,
      opensAt: localDateTime(c.opensAt),
      closesAt: localDateTime(c.closesAt),
      moderationMode: c.moderationMode,
      languages: c.languages as LanguageCode[],
      allowedGroups: c.allowedGroups,
      autoHideThreshold: c.autoHideThreshold,
    },
    onSuccess: () => {
      setSaved(true);
      // The status may follow the new dates.
      router.refresh();
    },
  });
  return (
    <form method="post" onSubmit={(event) => (setSaved(false), onSubmit(event))} noValidate className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <ConsultationFields register={form.register as unknown as UseFormRegister<Record<string, unknown>>} errorOf={errorOf} />
      <Button type="submit" disabled={form.formState.isSubmitting} className="mt-2 self-start">
        {form.formState.isSubmitting ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
