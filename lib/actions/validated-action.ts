import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current-actor";
import { ForbiddenError } from "@/lib/auth/policy";
import { DomainError } from "@/lib/errors";
import { fieldErrorsOf } from "./field-errors";
import type { ActionResult } from "./result";

// Connection failures of postgres.js and PostgreSQL's "cannot connect now" / "admin shutdown".
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01",
  "57P03",
]);

export function toActionError(error: unknown): ActionResult<never> {
  unstable_rethrow(error);
  if (error instanceof ForbiddenError) return { ok: false, error: `forbidden.${error.reason}` };
  if (error instanceof DomainError) {
    return error.field
      ? { ok: false, fieldErrors: { [error.field]: [error.code] } }
      : { ok: false, error: error.code };
  }
  const code = (error as { code?: string } | null)?.code;
  if (code && UNAVAILABLE_CODES.has(code)) return { ok: false, error: "unavailable" };
  console.error(error);
  return { ok: false, error: "unexpected" };
}

/**
 * The one shape of a server action: parse with the form's own schema, resolve the actor, call the
 * domain, and turn refusals into results the form can show. A server action is a public endpoint,
 * so nothing here trusts the client.
 */
export function validatedAction<S extends z.ZodType, T = undefined>(
  schema: S,
  handler: (input: z.output<S>, actor: Actor) => Promise<ActionResult<T> | void>,
): (raw: unknown) => Promise<ActionResult<T>> {
  return async (raw) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      const actor = await getActor();
      return (await handler(parsed.data, actor)) ?? { ok: true };
    } catch (error) {
      return toActionError(error);
    }
  };
}
