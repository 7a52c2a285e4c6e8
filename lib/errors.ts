/**
 * Errors the domain raises on purpose. Each code has a translated message under `errors.<code>`.
 * Forbidden decisions are ForbiddenError (lib/auth/policy.ts).
 */
export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: string,
    /** Set when the error belongs to one form field. */
    readonly field?: string,
  ) {
    super(code);
  }
}

export class NotFoundError extends DomainError {
  override name = "NotFoundError";
  constructor() {
    super("notFound");
  }
}
