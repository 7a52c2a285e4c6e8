"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import {
  addReasonAction,
  moveReasonAction,
  removeReasonAction,
  renameReasonAction,
} from "@/app/[locale]/(site)/consultations/[slug]/moderation/reasons/actions";
import { actionErrorMessage } from "@/components/comments/action-error";
import { toolButtonClass } from "@/components/comments/styles";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { addReasonSchema, renameReasonSchema } from "@/lib/moderation/schemas";

export interface EditableReason {
  id: string;
  code: string;
  /** As stored; the default templates' labels are English until renamed. */
  label: string;
  /** As the reader sees it (translated when it is an untouched default). */
  shown: string;
  used: boolean;
}

/** Said after each change; the list itself reloads from the server. */
function useOutcome() {
  const t = useTranslations("reasonTemplates");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [, startTransition] = useTransition();
  const report = (result: ActionResult<unknown>, done: "added" | "renamed" | "moved" | "removed") => {
    if (result.ok) {
      setMessage({ tone: "success", text: t(done) });
      startTransition(() => router.refresh());
    } else {
      setMessage({ tone: "error", text: actionErrorMessage(result, tErrors) });
    }
  };
  return { message, setMessage, report };
}

export function ReasonEditor({ slug, reasons }: { slug: string; reasons: EditableReason[] }) {
  const t = useTranslations("reasonTemplates");
  const tErrors = useTranslations("errors");
  const { message, setMessage, report } = useOutcome();
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionResult<unknown>>, done: "moved" | "removed") => () =>
    startTransition(async () => {
      try {
        report(await action(), done);
      } catch {
        setMessage({ tone: "error", text: tErrors("network") });
      }
    });

  return (
    <div className="flex flex-col gap-6">
      <div role="status" aria-live="polite">
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      </div>
      <ol aria-label={t("listLabel")} className="flex flex-col gap-3">
        {reasons.map((reason, index) => (
          <li key={reason.id} className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4 shadow-sm">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{reason.shown}</span>
              <span className="text-sm text-slate-600">{t("code", { code: reason.code })}</span>
              {reason.used ? <span className="text-sm text-slate-700">· {t("used")}</span> : null}
            </p>
            <RenameForm slug={slug} reason={reason} onResult={(result) => report(result, "renamed")} />
            <div role="group" aria-label={t("actionsFor", { label: reason.shown })} className="flex flex-wrap gap-2">
              <button
                type="button"
                onClick={run(() => moveReasonAction({ slug, id: reason.id, direction: "up" }), "moved")}
                disabled={pending || index === 0}
                className={toolButtonClass}
              >
                <span aria-hidden="true">↑ </span>
                {t("moveUp", { label: reason.shown })}
              </button>
              <button
                type="button"
                onClick={run(() => moveReasonAction({ slug, id: reason.id, direction: "down" }), "moved")}
                disabled={pending || index === reasons.length - 1}
                className={toolButtonClass}
              >
                <span aria-hidden="true">↓ </span>
                {t("moveDown", { label: reason.shown })}
              </button>
              <button
                type="button"
                onClick={run(() => removeReasonAction({ slug, id: reason.id }), "removed")}
                disabled={pending}
                className={toolButtonClass}
              >
                {t("remove", { label: reason.shown })}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <AddForm slug={slug} onResult={(result) => report(result, "added")} />
    </div>
  );
}

function RenameForm({ slug, reason, onResult }: { slug: string; reason: EditableReason; onResult: (result: ActionResult<unknown>) => void }) {
  const t = useTranslations("reasonTemplates");
  const { form, onSubmit, errorOf } = useActionForm({
    schema: renameReasonSchema,
    action: async (values) => {
      const result = await renameReasonAction(values);
      if (result.ok || !("fieldErrors" in result)) onResult(result);
      return result;
    },
    defaultValues: { slug, id: reason.id, label: reason.shown },
  });
  const id = `rename-${reason.id}`;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      <div className="grow">
        <Field id={id} label={t("renameLabel", { label: reason.shown })} error={errorOf("label")} required>
          {(props) => <input {...props} {...form.register("label")} dir="auto" className={inputClass} />}
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting} className="mb-6">
        {t("rename")}
      </Button>
    </form>
  );
}

function AddForm({ slug, onResult }: { slug: string; onResult: (result: ActionResult<unknown>) => void }) {
  const t = useTranslations("reasonTemplates");
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: addReasonSchema,
    action: addReasonAction,
    defaultValues: { slug, label: "" },
    onSuccess: () => {
      form.reset({ slug, label: "" });
      onResult({ ok: true });
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-labelledby="add-reason-heading" className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4">
      <h2 id="add-reason-heading" className="text-lg font-semibold">
        {t("addHeading")}
      </h2>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="new-reason" label={t("newLabel")} hint={t("newLabelHint")} error={errorOf("label")} required>
        {(props) => <input {...props} {...form.register("label")} dir="auto" className={inputClass} />}
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
        {t("add")}
      </Button>
    </form>
  );
}
