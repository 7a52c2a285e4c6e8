"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { editCommentAction } from "@/app/[locale]/(site)/consultations/[slug]/objectives/[number]/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { editCommentSchema } from "@/lib/comments/schemas";
import type { Stance } from "@/lib/domain-values";
import type { LanguageCode } from "@/lib/i18n/locales";
import { CommentFields, hiddenFieldError, type ContentValues } from "./comment-fields";
import { useDiscussion } from "./discussion-context";

export interface EditableContent {
  body: string;
  stance: Stance;
  locale: string;
  tags: string[];
}

/** The author's inline edit of a comment, prefilled with its current text, stance, language and tags. */
export function EditForm({
  commentId,
  content,
  onDone,
}: {
  commentId: string;
  content: EditableContent;
  onDone: (saved: boolean) => void;
}) {
  const t = useTranslations("comments");
  const tErrors = useTranslations("errors");
  const { announce, refresh } = useDiscussion();
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: editCommentSchema,
    action: editCommentAction,
    defaultValues: { commentId, ...content, locale: content.locale as LanguageCode },
    onSuccess: () => {
      announce(t("edited"));
      refresh({ focusId: `comment-${commentId}` });
      onDone(true);
    },
  });
  const hiddenError = hiddenFieldError(form.formState.errors, ["commentId", "form"]);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label={t("editFormLabel")}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {hiddenError ? <Alert tone="error">{tErrors(hiddenError)}</Alert> : null}
      <CommentFields
        form={form as unknown as UseFormReturn<ContentValues>}
        errorOf={errorOf as (field: keyof ContentValues) => string | undefined}
        idPrefix={`edit-${commentId}`}
        bodyLabel={t("editBody")}
        autoFocus
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("saving") : t("save")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
