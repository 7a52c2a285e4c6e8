"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { decideAction } from "@/app/[locale]/(site)/consultations/[slug]/moderation/actions";
import { actionErrorMessage } from "@/components/comments/action-error";
import { toolButtonClass } from "@/components/comments/styles";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { CommentStatus, ModerationAction } from "@/lib/domain-values";
import { decisionSchema, type DecisionForm } from "@/lib/moderation/schemas";
import { ReasonFields } from "./reason-fields";
import { useWorkspace } from "./workspace-context";

const buttonClass = `${toolButtonClass} border border-brand-700`;

/** Reacts to a decision's result: said aloud, and the list reloaded (also when someone else decided first). */
function useDecisionOutcome() {
  const t = useTranslations("moderationWorkspace");
  const tErrors = useTranslations("errors");
  const { notify, refresh } = useWorkspace();
  return (action: ModerationAction, result: ActionResult<unknown>) => {
    if (result.ok) {
      notify("success", t(`done.${action}`));
      refresh();
    } else if ("error" in result && result.error === "alreadyDecided") {
      notify("error", tErrors("alreadyDecided"));
      refresh();
    } else {
      notify("error", actionErrorMessage(result, tErrors));
    }
  };
}

/** The decisions a moderator may take on one item, as its status allows. */
export function DecisionControls({ commentId, status, review }: { commentId: string; status: CommentStatus; review: boolean }) {
  const t = useTranslations("moderationWorkspace");
  const outcome = useDecisionOutcome();
  const [pending, startTransition] = useTransition();
  const [dialog, setDialog] = useState<"reject" | "hide" | null>(null);
  const trigger = useRef<HTMLButtonElement | null>(null);

  const immediate = (action: "approve" | "restore" | "review") =>
    startTransition(async () => {
      try {
        outcome(action, await decideAction({ commentId, action }));
      } catch {
        outcome(action, { ok: false, error: "network" });
      }
    });
  const open = (action: "reject" | "hide", button: HTMLButtonElement) => {
    trigger.current = button;
    setDialog(action);
  };

  return (
    <div role="group" aria-label={t("decisions")} className="flex flex-wrap items-center gap-2">
      {status === "pending" ? (
        <>
          <button type="button" onClick={() => immediate("approve")} aria-disabled={pending || undefined} className={buttonClass}>
            {t("approve")}
          </button>
          <button type="button" aria-haspopup="dialog" onClick={(event) => open("reject", event.currentTarget)} className={buttonClass}>
            {t("reject")}
          </button>
        </>
      ) : null}
      {status === "published" ? (
        <button type="button" aria-haspopup="dialog" onClick={(event) => open("hide", event.currentTarget)} className={buttonClass}>
          {t("hide")}
        </button>
      ) : null}
      {status === "hidden" ? (
        <button type="button" onClick={() => immediate("restore")} aria-disabled={pending || undefined} className={buttonClass}>
          {t("restore")}
        </button>
      ) : null}
      {review ? (
        <button type="button" onClick={() => immediate("review")} aria-disabled={pending || undefined} className={buttonClass}>
          {t("markReviewed")}
        </button>
      ) : null}
      {dialog ? (
        <ReasonDialog
          commentId={commentId}
          action={dialog}
          onClose={() => {
            setDialog(null);
            requestAnimationFrame(() => trigger.current?.isConnected && trigger.current.focus());
          }}
        />
      ) : null}
    </div>
  );
}

/** Rejecting or hiding needs a reason: asked in a modal dialog. */
function ReasonDialog({ commentId, action, onClose }: { commentId: string; action: "reject" | "hide"; onClose: () => void }) {
  const t = useTranslations("moderationWorkspace");
  const { reasons } = useWorkspace();
  const outcome = useDecisionOutcome();
  const dialog = useRef<HTMLDialogElement>(null);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: decisionSchema,
    action: async (values: DecisionForm) => {
      const result = await decideAction(values);
      // Decided meanwhile by someone else: nothing to add here, the list shows what happened.
      if (result.ok || ("error" in result && result.error === "alreadyDecided")) {
        dialog.current?.close();
        outcome(action, result);
      }
      return result;
    },
    defaultValues: { commentId, action, reasonCode: undefined, reasonText: "" },
  });
  const titleId = `decide-${commentId}-title`;

  // Modal: the browser traps focus inside, makes the page inert and closes on Escape.
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto w-full max-w-lg rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-3 p-6">
        <h2 id={titleId} className="text-xl font-semibold">
          {t(`${action}Title`)}
        </h2>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <ReasonFields
          idPrefix={`decide-${commentId}`}
          reasons={reasons}
          reasonCode={form.register("reasonCode")}
          reasonText={form.register("reasonText")}
          reasonError={errorOf("reasonCode")}
          textError={errorOf("reasonText")}
        />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {t(`${action}Submit`)}
          </Button>
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
