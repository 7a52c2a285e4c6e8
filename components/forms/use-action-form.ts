"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type DefaultValues, type Resolver, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";

/**
 * react-hook-form wired to a zod schema and a server action returning ActionResult: field errors go
 * beside their fields, other errors above the form, and typed values stay in place whatever happens.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T = undefined>(options: {
  schema: S;
  action: (values: z.output<S>) => Promise<ActionResult<T>>;
  defaultValues: DefaultValues<z.input<S>>;
  onSuccess?: (data: T | undefined) => void;
}) {
  const t = useTranslations("errors");
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(options.schema) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: options.defaultValues,
    mode: "onTouched",
  });
  const [formError, setFormError] = useState<string>();

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    let result: ActionResult<T>;
    try {
      result = await options.action(values);
    } catch {
      // The server could not be reached at all (offline, restarting).
      setFormError(t("network"));
      return;
    }
    if (result.ok) {
      options.onSuccess?.(result.data);
    } else if ("fieldErrors" in result) {
      for (const [field, codes] of Object.entries(result.fieldErrors)) {
        form.setError(field as Path<z.input<S>>, { message: codes[0] }, { shouldFocus: true });
      }
    } else {
      setFormError(t(result.error, result.values));
    }
  });

  /** The translated message of a field's error, if any. */
  const errorOf = (field: Path<z.input<S>>): string | undefined => {
    const message = form.getFieldState(field, form.formState).error?.message;
    return message ? t(message) : undefined;
  };

  return { form, onSubmit, formError, errorOf };
}
