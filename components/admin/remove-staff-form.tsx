"use client";

import { useTranslations } from "next-intl";
import { removeStaffAction } from "@/app/[locale]/(site)/consultations/[slug]/staff/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { StaffRole } from "@/lib/domain-values";
import { staffRemovalSchema } from "@/lib/users/admin-schemas";
import { useAnnounce } from "./announcer";

/** Removes one role of one staff member; their power ends at their next request. */
export function RemoveStaffForm({ slug, userId, name, role }: { slug: string; userId: string; name: string; role: StaffRole }) {
  const t = useTranslations("staffPage");
  const announce = useAnnounce();
  const roleLabel = t(`roles.${role}`);
  const { form, onSubmit, formError } = useActionForm({
    schema: staffRemovalSchema,
    action: removeStaffAction,
    defaultValues: { slug, userId, role },
    onSuccess: () => announce(t("removed", { name, role: roleLabel })),
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label={t("removeFormLabel", { name, role: roleLabel })} className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting} className="self-start">
        {form.formState.isSubmitting ? t("removing") : t("remove")}
      </Button>
    </form>
  );
}
