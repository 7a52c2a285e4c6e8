"use client";

import { useTranslations } from "next-intl";
import { decideAffiliationAction } from "@/app/[locale]/(site)/admin/verification/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { affiliationDecisionSchema } from "@/lib/users/admin-schemas";
import { useAnnounce } from "./announcer";

type Decision = "verify" | "reject" | "revoke";

/**
 * The decision on one account's affiliation: verify or reject it (from the queue), or revoke it
 * (from the verified list). The note is required to refuse, and is kept if the decision fails.
 */
export function AffiliationDecisionForm({ userId, name, decisions }: { userId: string; name: string; decisions: Decision[] }) {
  const t = useTranslations("verification");
  const announce = useAnnounce();
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: affiliationDecisionSchema,
    action: decideAffiliationAction,
    defaultValues: { userId, decision: decisions[0], note: "" },
    onSuccess: () => announce(t(`done.${form.getValues("decision")}`, { name })),
  });
  const revoking = decisions.includes("revoke");
  const submitting = form.formState.isSubmitting;
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label={t(revoking ? "revokeFormLabel" : "decisionFormLabel", { name })} className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...form.register("userId")} />
      <input type="hidden" {...form.register("decision")} />
      <Field id={`note-${userId}`} label={t(revoking ? "revokeNote" : "note")} hint={revoking ? undefined : t("noteHint")} error={errorOf("note")}>
        {(props) => <textarea {...props} {...form.register("note")} rows={2} className={inputClass} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        {decisions.map((decision) => (
          <Button
            key={decision}
            type="submit"
            variant={decision === "verify" ? "primary" : "secondary"}
            disabled={submitting}
            onClick={() => form.setValue("decision", decision)}
          >
            {t(decision)}
          </Button>
        ))}
      </div>
    </form>
  );
}
