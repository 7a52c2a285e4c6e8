"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { UseFormRegister } from "react-hook-form";
import { addObjectiveAction, updateObjectiveAction } from "@/app/[locale]/(site)/consultations/[slug]/secretariat/objectives/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { newObjectiveSchema, OBJECTIVE_LIMITS, OBJECTIVE_NUMBER_MAX, objectiveSchema } from "@/lib/consultations/schemas";
import { useRouter } from "@/lib/i18n/navigation";

type ObjectiveField = "number" | "shortTitle" | "title" | "body";

function ObjectiveFields({
  register,
  errorOf,
}: {
  register: UseFormRegister<Record<ObjectiveField, unknown>>;
  errorOf: (field: ObjectiveField) => string | undefined;
}) {
  const t = useTranslations("objectivesEditor");
  return (
    <>
      <Field id="number" label={t("number")} hint={t("numberHint")} error={errorOf("number")} required>
        {(props) => (
          <input {...props} {...register("number")} type="number" min={1} max={OBJECTIVE_NUMBER_MAX} inputMode="numeric" className={`${inputClass} max-w-32`} />
        )}
      </Field>
      <Field id="shortTitle" label={t("shortTitle")} hint={t("shortTitleHint")} error={errorOf("shortTitle")} required>
        {(props) => <input {...props} {...register("shortTitle")} maxLength={OBJECTIVE_LIMITS.shortTitle} className={inputClass} />}
      </Field>
      <Field id="title" label={t("objectiveTitle")} error={errorOf("title")} required>
        {(props) => <textarea {...props} {...register("title")} rows={2} className={inputClass} />}
      </Field>
      <Field id="body" label={t("body")} hint={t("bodyHint")} error={errorOf("body")}>
        {(props) => <textarea {...props} {...register("body")} rows={10} dir="auto" className={inputClass} />}
      </Field>
    </>
  );
}

/** Adds an objective at the end of the list; the form empties itself for the next one. */
export function NewObjectiveForm({ consultationId, nextNumber }: { consultationId: string; nextNumber: number }) {
  const t = useTranslations("objectivesEditor");
  const router = useRouter();
  const [added, setAdded] = useState<number>();
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: newObjectiveSchema,
    action: addObjectiveAction,
    defaultValues: { consultationId, number: nextNumber, shortTitle: "", title: "", body: "" },
    onSuccess: (data) => {
      setAdded(data?.number);
      form.reset({ consultationId, number: (data?.number ?? nextNumber) + 1, shortTitle: "", title: "", body: "" });
      router.refresh();
    },
  });
  return (
    <form method="post" onSubmit={(event) => (setAdded(undefined), onSubmit(event))} noValidate className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {added ? <Alert tone="success">{t("added", { number: added })}</Alert> : null}
      <ObjectiveFields register={form.register as unknown as UseFormRegister<Record<ObjectiveField, unknown>>} errorOf={errorOf} />
      <Button type="submit" disabled={form.formState.isSubmitting} className="mt-2 self-start">
        {form.formState.isSubmitting ? t("adding") : t("add")}
      </Button>
    </form>
  );
}

export function EditObjectiveForm({
  slug,
  objective,
}: {
  slug: string;
  objective: { id: string; number: number; shortTitle: string; title: string; body: string };
}) {
  const t = useTranslations("objectivesEditor");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errorOf } = useActionForm({
    schema: objectiveSchema,
    action: updateObjectiveAction,
    defaultValues: { objectiveId: objective.id, number: objective.number, shortTitle: objective.shortTitle, title: objective.title, body: objective.body },
    onSuccess: (data) => {
      setSaved(true);
      // A new number is a new address.
      if (data && data.number !== objective.number) router.replace(`/consultations/${slug}/secretariat/objectives/${data.number}`);
      else router.refresh();
    },
  });
  return (
    <form method="post" onSubmit={(event) => (setSaved(false), onSubmit(event))} noValidate className="flex flex-col gap-2">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <ObjectiveFields register={form.register as unknown as UseFormRegister<Record<ObjectiveField, unknown>>} errorOf={errorOf} />
      <Button type="submit" disabled={form.formState.isSubmitting} className="mt-2 self-start">
        {form.formState.isSubmitting ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
