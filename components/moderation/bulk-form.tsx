"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { bulkDecideAction } from "@/app/[locale]/(site)/consultations/[slug]/moderation/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ModerationAction } from "@/lib/domain-values";
import type { BulkOutcome } from "@/lib/moderation/decisions";
import { bulkDecisionSchema, NEEDS_REASON } from "@/lib/moderation/schemas";
import { ReasonFields } from "./reason-fields";
import { useWorkspace } from "./workspace-context";

export const BULK_FORM_ID = "bulk-decision";

/**
 * One decision for the items ticked in the list. The checkboxes sit in the items and belong to this
 * form through their `form` attribute; each item's outcome is listed after the run.
 */
export function BulkForm({ actions, labels }: { actions: ModerationAction[]; labels: Record<string, string> }) {
  const t = useTranslations("moderationWorkspace");
  const tErrors = useTranslations("errors");
  const { reasons, notify, refresh } = useWorkspace();
  const formRef = useRef<HTMLFormElement>(null);
  const [outcomes, setOutcomes] = useState<(BulkOutcome & { label: string })[]>([]);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: bulkDecisionSchema,
    action: bulkDecideAction,
    defaultValues: { commentIds: [], action: actions[0], reasonCode: undefined, reasonText: "" },
    onSuccess: (data) => {
      const results = (data ?? []).map((o) => ({ ...o, label: labels[o.commentId] ?? o.commentId }));
      setOutcomes(results);
      const done = results.filter((o) => o.outcome === "done").length;
      notify(done === results.length ? "success" : "error", t("bulkSummary", { done, total: results.length }));
      refresh();
    },
  });
  const chosen = form.watch("action");
  const selected = () =>
    Array.from(document.querySelectorAll<HTMLInputElement>(`input[form="${BULK_FORM_ID}"][name="commentIds"]`));

  return (
    <form
      id={BULK_FORM_ID}
      ref={formRef}
      method="post"
      noValidate
      aria-labelledby={`${BULK_FORM_ID}-title`}
      onSubmit={(event) => {
        setOutcomes([]);
        form.setValue("commentIds", selected().filter((box) => box.checked).map((box) => box.value));
        return onSubmit(event);
      }}
      className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={`${BULK_FORM_ID}-title`} className="text-lg font-semibold">
        {t("bulkTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("bulkIntro")}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {errorOf("commentIds") ? <Alert tone="error">{errorOf("commentIds")}</Alert> : null}
      <div>
        <Button type="button" variant="secondary" onClick={() => selected().forEach((box) => (box.checked = true))}>
          {t("selectAll")}
        </Button>
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium text-slate-800">{t("bulkDecision")}</legend>
        {actions.map((action) => (
          <label key={action} className="flex items-center gap-2 py-1">
            <input type="radio" value={action} {...form.register("action")} className="size-4" />
            {t(`bulk.${action}`)}
          </label>
        ))}
      </fieldset>
      {(NEEDS_REASON as readonly string[]).includes(chosen) ? (
        <ReasonFields
          idPrefix={BULK_FORM_ID}
          reasons={reasons}
          reasonCode={form.register("reasonCode")}
          reasonText={form.register("reasonText")}
          reasonError={errorOf("reasonCode")}
          textError={errorOf("reasonText")}
        />
      ) : null}
      <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
        {t("bulkSubmit")}
      </Button>
      {outcomes.length > 0 ? (
        <section aria-labelledby={`${BULK_FORM_ID}-results`} className="flex flex-col gap-1">
          <h3 id={`${BULK_FORM_ID}-results`} className="font-semibold">
            {t("bulkResults")}
          </h3>
          <ul className="flex flex-col gap-1 text-sm">
            {outcomes.map((o) => (
              <li key={o.commentId}>
                {o.label}:{" "}
                <strong>
                  {o.outcome === "done"
                    ? t("outcome.done")
                    : o.outcome === "alreadyDecided"
                      ? t("outcome.alreadyDecided")
                      : t("outcome.refused", { reason: tErrors(o.error) })}
                </strong>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </form>
  );
}
