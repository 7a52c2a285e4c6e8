"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type FormEvent } from "react";
import type { UseFormReturn } from "react-hook-form";
import { postCommentAction } from "@/app/[locale]/(site)/consultations/[slug]/objectives/[number]/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { commentSchema } from "@/lib/comments/schemas";
import { STANCES, type Stance } from "@/lib/domain-values";
import type { LanguageCode } from "@/lib/i18n/locales";
import { CommentFields, hiddenFieldError, type ContentValues } from "./comment-fields";
import { useDiscussion } from "./discussion-context";

interface Draft {
  body: string;
  stance?: Stance;
  tags: string[];
  locale: string;
  idempotencyKey: string;
}

export function draftKey(objectiveId: string, parentId?: string): string {
  return `consultation-hub:comment-draft:${objectiveId}:${parentId ?? "top"}`;
}

/** Whether a draft was left for this objective and parent (used to reopen a reply on reload). */
export function hasDraft(objectiveId: string, parentId?: string): boolean {
  return readDraft(draftKey(objectiveId, parentId)) !== null;
}

function readDraft(key: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<Draft>;
    if (typeof draft.body !== "string" || typeof draft.idempotencyKey !== "string") return null;
    return {
      body: draft.body,
      stance: (STANCES as readonly unknown[]).includes(draft.stance) ? draft.stance : undefined,
      tags: Array.isArray(draft.tags) ? draft.tags.filter((t): t is string => typeof t === "string") : [],
      locale: typeof draft.locale === "string" ? draft.locale : "",
      idempotencyKey: draft.idempotencyKey,
    };
  } catch {
    return null;
  }
}

function writeDraft(key: string, draft: Draft) {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Private browsing or a full storage: the draft just is not kept.
  }
}

function removeDraft(key: string) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to clean up then.
  }
}

/** One key per draft: a retried or double-clicked submit creates a single comment. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  // Pages served over plain HTTP on a LAN address have no randomUUID.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Writes a comment, or a reply when `parentId` is set. The draft (with its idempotency key) is kept
 * in this browser until the server accepts it: a reload, a failed request or a refusal loses nothing.
 */
export function Composer({
  parentId,
  threadId,
  idPrefix,
  autoFocus,
  onCancel,
  onPosted,
}: {
  parentId?: string;
  /** For a reply: the top-level comment of its thread, whose replies are shown once it is posted. */
  threadId?: string;
  idPrefix: string;
  autoFocus?: boolean;
  onCancel?: () => void;
  onPosted?: () => void;
}) {
  const t = useTranslations("comments");
  const tErrors = useTranslations("errors");
  const { objectiveId, defaultLanguage, announce, refresh } = useDiscussion();
  const key = draftKey(objectiveId, parentId);
  const emptyValues = {
    objectiveId,
    parentId,
    body: "",
    stance: undefined,
    tags: [] as string[],
    locale: defaultLanguage as LanguageCode,
  };

  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: commentSchema,
    action: postCommentAction,
    defaultValues: { ...emptyValues, idempotencyKey: "" },
    onSuccess: (created) => {
      removeDraft(key);
      form.reset({ ...emptyValues, idempotencyKey: newIdempotencyKey() });
      announce(created?.status === "pending" ? t("postedPending") : t("posted"));
      refresh({ focusId: created ? `comment-${created.id}` : undefined, threadId });
      onPosted?.();
    },
  });
  const { formState } = form;

  // Restore the draft left in this browser, or start a new one with its own idempotency key.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const draft = readDraft(key);
    if (draft) {
      form.reset({ ...emptyValues, ...draft, locale: (draft.locale || defaultLanguage) as LanguageCode });
    } else {
      form.setValue("idempotencyKey", newIdempotencyKey());
    }
    // Once, on mount: the key and defaults do not change for a mounted composer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Keep the draft as it is typed.
  useEffect(() => {
    const subscription = form.watch((values) => {
      if (!restored.current || !values.idempotencyKey) return;
      const empty = !values.body && !values.stance && (values.tags ?? []).length === 0;
      if (empty) {
        removeDraft(key);
        return;
      }
      writeDraft(key, {
        body: values.body ?? "",
        stance: values.stance,
        tags: (values.tags ?? []).filter((tag): tag is string => typeof tag === "string"),
        locale: values.locale ?? defaultLanguage,
        idempotencyKey: values.idempotencyKey,
      });
    });
    return () => subscription.unsubscribe();
  }, [form, key, defaultLanguage]);

  const hiddenError = hiddenFieldError(formState.errors, ["objectiveId", "parentId", "idempotencyKey", "form"]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (formState.isSubmitting) {
      event.preventDefault();
      return;
    }
    void onSubmit(event);
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-busy={formState.isSubmitting || undefined}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {hiddenError ? <Alert tone="error">{tErrors(hiddenError)}</Alert> : null}
      <CommentFields
        form={form as unknown as UseFormReturn<ContentValues>}
        errorOf={errorOf as (field: keyof ContentValues) => string | undefined}
        idPrefix={idPrefix}
        bodyLabel={parentId ? t("replyBody") : t("body")}
        autoFocus={autoFocus}
      />
      <p className="text-sm text-slate-600">{t("draftSaved")}</p>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("submitting") : parentId ? t("submitReply") : t("submit")}
        </Button>
        {onCancel ? (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
