import "server-only";
import { CredentialsSignin } from "next-auth";
import { clientKey } from "./client-key";
import { authenticate } from "./credentials";

/** A refused sign-in; its code reaches the sign-in form and, for HTTP clients, app/api/auth. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

export const RATE_LIMITED_CODE = /^rate_limited_(\d+)$/;

/** The Credentials provider's authorize step: the user to sign in, or a SignInRefused. */
export async function authorizeCredentials(credentials: Partial<Record<string, unknown>>, headers: Headers) {
  const email = typeof credentials.email === "string" ? credentials.email : "";
  const password = typeof credentials.password === "string" ? credentials.password : "";
  const result = await authenticate({ email, password, client: clientKey(headers) });
  if (result.ok) return { ...result.user };
  if (result.reason === "rateLimited") throw new SignInRefused(`rate_limited_${result.retryAfterSeconds}`);
  throw new SignInRefused(result.reason === "suspended" ? "suspended" : "invalid_credentials");
}
