"use client";

import { useTranslations } from "next-intl";
import { z } from "zod";
import { requestVerificationAction } from "@/app/[locale]/(site)/account/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "./use-action-form";

const noInput = z.object({});

/** Asks the secretariat to verify the organization declared in one's profile. */
export function ProfileVerificationRequest() {
  const t = useTranslations("account");
  const { form, onSubmit, formError } = useActionForm({ schema: noInput, action: requestVerificationAction, defaultValues: {} });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-labelledby="verification-heading" className="flex flex-col gap-2">
      <h2 id="verification-heading" className="text-lg font-semibold">
        {t("verificationHeading")}
      </h2>
      <p className="text-sm text-slate-600">{t("verificationHint")}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting} className="self-start">
        {form.formState.isSubmitting ? t("verificationRequesting") : t("verificationRequest")}
      </Button>
    </form>
  );
}
