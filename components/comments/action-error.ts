import type { ActionResult } from "@/lib/actions/result";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The translated message of a refused action that has no form field to sit beside. */
export function actionErrorMessage(result: Exclude<ActionResult<unknown>, { ok: true }>, tErrors: Translate): string {
  if ("fieldErrors" in result) return tErrors(Object.values(result.fieldErrors)[0]?.[0] ?? "unexpected");
  return tErrors(result.error, result.values);
}
