"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { deleteCommentAction } from "@/app/[locale]/(site)/consultations/[slug]/objectives/[number]/actions";
import { actionErrorMessage } from "./action-error";
import { Composer, hasDraft } from "./composer";
import { useDiscussion } from "./discussion-context";
import { EditForm, type EditableContent } from "./edit-form";
import { toolButtonClass } from "./styles";

/**
 * The interactive part of a comment the reader may reply to, edit or delete. The text and the other
 * actions are rendered on the server and passed in; this island only switches between reading,
 * editing, confirming a deletion and replying.
 */
export function CommentTools({
  commentId,
  rootId,
  authorLabel,
  canReply,
  canEdit,
  canDelete,
  content,
  body,
  actions,
  trailing,
}: {
  commentId: string;
  /** The top-level comment of its thread. */
  rootId: string;
  /** Who wrote the comment, for the reply form's name. */
  authorLabel: string;
  canReply: boolean;
  canEdit: boolean;
  canDelete: boolean;
  content?: EditableContent;
  body: ReactNode;
  actions: ReactNode;
  /** After the author's tools (earlier versions, which open a panel below). */
  trailing?: ReactNode;
}) {
  const t = useTranslations("comments");
  const { objectiveId } = useDiscussion();
  const [mode, setMode] = useState<"read" | "edit" | "confirmDelete">("read");
  const [replying, setReplying] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  // A reply left unfinished in this browser reopens with its draft after a reload.
  useEffect(() => {
    // Reading localStorage is only possible after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (canReply && hasDraft(objectiveId, commentId)) setReplying(true);
  }, [canReply, objectiveId, commentId]);

  return (
    <>
      {mode === "edit" && content ? (
        <EditForm
          commentId={commentId}
          content={content}
          onDone={(saved) => {
            setMode("read");
            if (!saved) requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        body
      )}
      <div className="comment-actions">
        {actions}
        {canReply ? (
          <button
            ref={replyButton}
            type="button"
            aria-expanded={replying}
            onClick={() => setReplying((open) => !open)}
            className={toolButtonClass}
          >
            <span aria-hidden="true" className="inline-block rtl:-scale-x-100">↩</span>
            {t("reply")}
          </button>
        ) : null}
        {canEdit && content && mode !== "edit" ? (
          <button ref={editButton} type="button" onClick={() => setMode("edit")} className={toolButtonClass}>
            {t("edit")}
          </button>
        ) : null}
        {canDelete && mode !== "confirmDelete" ? (
          <button ref={deleteButton} type="button" onClick={() => setMode("confirmDelete")} className={toolButtonClass}>
            {t("delete")}
          </button>
        ) : null}
        {canDelete && mode === "confirmDelete" ? (
          <DeleteConfirmation
            commentId={commentId}
            onCancel={() => {
              setMode("read");
              requestAnimationFrame(() => deleteButton.current?.focus());
            }}
          />
        ) : null}
        {trailing}
      </div>
      {replying ? (
        <section aria-label={t("replyTo", { author: authorLabel })} className="mt-2 rounded border border-slate-200 bg-slate-50 p-4">
          <Composer
            parentId={commentId}
            threadId={rootId}
            idPrefix={`reply-${commentId}`}
            autoFocus
            onCancel={() => {
              setReplying(false);
              requestAnimationFrame(() => replyButton.current?.focus());
            }}
            onPosted={() => setReplying(false)}
          />
        </section>
      ) : null}
    </>
  );
}

/** "Delete this comment? Delete / Cancel", inline, with the question focused so it is heard. */
function DeleteConfirmation({ commentId, onCancel }: { commentId: string; onCancel: () => void }) {
  const t = useTranslations("comments");
  const tErrors = useTranslations("errors");
  const { announce, refresh } = useDiscussion();
  const question = useRef<HTMLParagraphElement>(null);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  useEffect(() => question.current?.focus(), []);

  const confirm = () =>
    startTransition(async () => {
      setError(undefined);
      try {
        const result = await deleteCommentAction({ commentId });
        if (result.ok) {
          announce(t("deleted"));
          // The placeholder keeps the place when there are replies; otherwise back to the discussion.
          refresh({ focusId: `comment-${commentId}`, fallbackId: "discussion-heading" });
        } else {
          setError(actionErrorMessage(result, tErrors));
        }
      } catch {
        setError(tErrors("network"));
      }
    });

  return (
    <div
      role="group"
      aria-labelledby={`delete-question-${commentId}`}
      className="flex basis-full flex-wrap items-center gap-3 rounded border border-red-700 bg-red-50 p-3"
    >
      <p id={`delete-question-${commentId}`} ref={question} tabIndex={-1} className="font-medium text-red-900">
        {t("deleteQuestion")}
      </p>
      <button
        type="button"
        onClick={confirm}
        disabled={pending}
        className="rounded bg-red-700 px-3 py-1 text-sm font-medium text-white hover:bg-red-800 disabled:bg-slate-400"
      >
        {pending ? t("deleting") : t("deleteConfirm")}
      </button>
      <button
        type="button"
        onClick={onCancel}
        disabled={pending}
        className="rounded border border-slate-400 bg-white px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        {t("cancel")}
      </button>
      {error ? (
        <p role="alert" className="basis-full text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
