/** What every server action returns; the form shows field errors beside their fields. */
export type ActionResult<T = undefined> =
  | { ok: true; data?: T }
  | { ok: false; fieldErrors: Record<string, string[]> }
  | { ok: false; error: string; values?: Record<string, string | number> };
