"use client";

import { useTranslations } from "next-intl";
import { liftPlatformSuspensionAction } from "@/app/[locale]/(site)/admin/suspensions/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { liftSuspensionSchema } from "@/lib/users/admin-schemas";
import { useAnnounce } from "./announcer";

/** Lifts a person's platform suspension; their comments hidden with it stay hidden until restored. */
export function LiftSuspensionForm({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("platformSuspensions");
  const announce = useAnnounce();
  const { form, onSubmit, formError } = useActionForm({
    schema: liftSuspensionSchema,
    action: liftPlatformSuspensionAction,
    defaultValues: { userId, note: "" },
    onSuccess: () => announce(t("liftedAnnouncement", { name })),
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label={t("liftFormLabel", { name })} className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...form.register("userId")} />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting} className="self-start">
        {form.formState.isSubmitting ? t("lifting") : t("lift")}
      </Button>
    </form>
  );
}
