"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { liftSuspensionAction, suspendAction } from "@/app/[locale]/(site)/consultations/[slug]/moderation/participants/[userId]/actions";
import { actionErrorMessage } from "@/components/comments/action-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { suspendSchema } from "@/lib/moderation/schemas";

/** Suspends the person from this consultation: a reason, an optional end, optionally hiding their comments here. */
export function SuspendForm({ slug, userId }: { slug: string; userId: string }) {
  const t = useTranslations("participantPage");
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: suspendSchema,
    action: suspendAction,
    defaultValues: { slug, userId, reason: "", endsOn: "", hideComments: false },
    onSuccess: () => {
      setDone(true);
      form.reset({ slug, userId, reason: "", endsOn: "", hideComments: false });
      startTransition(() => router.refresh());
    },
  });
  const { register, formState } = form;
  return (
    <form method="post" onSubmit={(event) => (setDone(false), onSubmit(event))} noValidate className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done ? <Alert tone="success">{t("suspended")}</Alert> : null}
      <Field id="suspend-reason" label={t("suspendReason")} hint={t("suspendReasonHint")} error={errorOf("reason")} required>
        {(props) => <textarea {...props} {...register("reason")} rows={3} dir="auto" className={inputClass} />}
      </Field>
      <Field id="suspend-ends" label={t("suspendUntil")} hint={t("suspendUntilHint")} error={errorOf("endsOn")}>
        {(props) => <input {...props} {...register("endsOn")} type="date" className={`${inputClass} sm:w-56`} />}
      </Field>
      <label className="flex items-center gap-2 py-1">
        <input type="checkbox" {...register("hideComments")} className="size-4" />
        {t("hideComments")}
      </label>
      <Button type="submit" disabled={formState.isSubmitting} className="mt-2 self-start">
        {t("suspendSubmit")}
      </Button>
    </form>
  );
}

/** Lifts the person's suspension from this consultation. */
export function LiftButton({ slug, userId }: { slug: string; userId: string }) {
  const t = useTranslations("participantPage");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const lift = () =>
    startTransition(async () => {
      try {
        const result = await liftSuspensionAction({ slug, userId });
        setMessage(result.ok ? { tone: "success", text: t("lifted") } : { tone: "error", text: actionErrorMessage(result, tErrors) });
        if (result.ok) router.refresh();
      } catch {
        setMessage({ tone: "error", text: tErrors("network") });
      }
    });
  return (
    <div className="flex flex-col items-start gap-2">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Button type="button" variant="secondary" onClick={lift} disabled={pending}>
        {t("lift")}
      </Button>
    </div>
  );
}
