"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { flagAction } from "@/app/[locale]/(site)/consultations/[slug]/objectives/[number]/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { flagSchema } from "@/lib/comments/schemas";
import { FLAG_REASONS } from "@/lib/domain-values";
import { useDiscussion } from "./discussion-context";
import { toolButtonClass } from "./styles";

/** Reports a comment to the moderators, in a modal dialog; once sent, says so and cannot be sent again. */
export function FlagButton({ commentId, flagged }: { commentId: string; flagged: boolean }) {
  const t = useTranslations("comments");
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);

  if (flagged && !sent) return <span className="px-2 py-1 text-sm text-slate-600">{t("youFlagged")}</span>;
  if (sent) {
    // Still focusable, so focus has somewhere to return to when the dialog closes.
    return (
      <button ref={trigger} type="button" aria-disabled="true" className={toolButtonClass}>
        <span aria-hidden="true">⚑</span>
        {t("flagged")}
      </button>
    );
  }
  return (
    <>
      <button ref={trigger} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)} className={toolButtonClass}>
        <span aria-hidden="true">⚐</span>
        {t("flag")}
      </button>
      {open ? (
        <FlagDialog
          commentId={commentId}
          onClose={(done) => {
            setOpen(false);
            if (done) setSent(true);
            requestAnimationFrame(() => trigger.current?.focus());
          }}
        />
      ) : null}
    </>
  );
}

function FlagDialog({ commentId, onClose }: { commentId: string; onClose: (sent: boolean) => void }) {
  const t = useTranslations("comments");
  const tReasons = useTranslations("flagReasons");
  const { announce } = useDiscussion();
  const dialog = useRef<HTMLDialogElement>(null);
  const sent = useRef(false);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: flagSchema,
    action: flagAction,
    defaultValues: { commentId, reason: undefined, note: "" },
    onSuccess: () => {
      sent.current = true;
      announce(t("flagSent"));
      dialog.current?.close();
    },
  });
  const { register, formState, watch } = form;
  const reasonError = errorOf("reason");
  const noteError = errorOf("note");
  const noteRequired = watch("reason") === "other";
  const titleId = `flag-title-${commentId}`;
  const id = (name: string) => `flag-${commentId}-${name}`;

  // Modal: the browser traps focus inside, makes the page inert and closes on Escape.
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={() => onClose(sent.current)}
      className="m-auto w-full max-w-lg rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 p-6">
        <h2 id={titleId} className="text-xl font-semibold">
          {t("flagTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("flagIntro")}</p>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <fieldset className="flex flex-col gap-1" aria-describedby={reasonError ? id("reason-error") : undefined}>
          <legend className="font-medium text-slate-800">
            {t("flagReason")}
            <span aria-hidden="true" className="ms-1 text-red-700">*</span>
          </legend>
          {FLAG_REASONS.map((reason) => (
            <label key={reason} className="flex items-center gap-2 py-1">
              <input
                type="radio"
                value={reason}
                {...register("reason")}
                className="size-4"
              />
              {tReasons(reason)}
            </label>
          ))}
          <p id={id("reason-error")} aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
            {reasonError}
          </p>
        </fieldset>
        <div className="flex flex-col gap-1">
          <label htmlFor={id("note")} className="font-medium text-slate-800">
            {t("flagNote")}
            {noteRequired ? <span aria-hidden="true" className="ms-1 text-red-700">*</span> : null}
          </label>
          <p id={id("note-hint")} className="text-sm text-slate-600">
            {t("flagNoteHint")}
          </p>
          <textarea
            id={id("note")}
            {...register("note")}
            rows={3}
            dir="auto"
            aria-required={noteRequired || undefined}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={`${id("note-hint")}${noteError ? ` ${id("note-error")}` : ""}`}
            className={inputClass}
          />
          <p id={id("note-error")} aria-live="polite" className="min-h-5 text-sm font-medium text-red-700">
            {noteError}
          </p>
        </div>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t("flagSending") : t("flagSubmit")}
          </Button>
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
