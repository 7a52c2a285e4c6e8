"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition, type FormEventHandler } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { commentNoteAction } from "@/app/[locale]/(site)/consultations/[slug]/moderation/actions";
import { participantNoteAction } from "@/app/[locale]/(site)/consultations/[slug]/moderation/participants/[userId]/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { commentNoteSchema, participantNoteSchema } from "@/lib/moderation/schemas";

/** Once added, the note shows in the list above the form. */
function useReload() {
  const router = useRouter();
  const [, startTransition] = useTransition();
  return () => startTransition(() => router.refresh());
}

/** A private note on a comment, for the consultation's staff only. */
export function CommentNoteForm({ commentId }: { commentId: string }) {
  const reload = useReload();
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: commentNoteSchema,
    action: commentNoteAction,
    defaultValues: { commentId, body: "" },
    onSuccess: () => {
      form.setValue("body", "");
      reload();
    },
  });
  return (
    <NoteFields
      id={`note-${commentId}`}
      body={form.register("body")}
      submitting={form.formState.isSubmitting}
      onSubmit={onSubmit}
      formError={formError}
      bodyError={errorOf("body")}
    />
  );
}

/** A private note on a participant, within one consultation, for its staff only. */
export function ParticipantNoteForm({ slug, userId }: { slug: string; userId: string }) {
  const reload = useReload();
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: participantNoteSchema,
    action: participantNoteAction,
    defaultValues: { slug, userId, body: "" },
    onSuccess: () => {
      form.setValue("body", "");
      reload();
    },
  });
  return (
    <NoteFields
      id={`note-${userId}`}
      body={form.register("body")}
      submitting={form.formState.isSubmitting}
      onSubmit={onSubmit}
      formError={formError}
      bodyError={errorOf("body")}
    />
  );
}

function NoteFields(props: {
  id: string;
  body: UseFormRegisterReturn;
  submitting: boolean;
  onSubmit: FormEventHandler<HTMLFormElement>;
  formError?: string;
  bodyError?: string;
}) {
  const t = useTranslations("moderationNotes");
  return (
    <form method="post" onSubmit={props.onSubmit} noValidate className="flex flex-col gap-1">
      {props.formError ? <Alert tone="error">{props.formError}</Alert> : null}
      <Field id={props.id} label={t("add")} hint={t("hint")} error={props.bodyError} required>
        {(control) => <textarea {...control} {...props.body} rows={2} dir="auto" className={inputClass} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={props.submitting} className="self-start">
        {t("submit")}
      </Button>
    </form>
  );
}
