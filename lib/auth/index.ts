import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { clientKey } from "./client-key";
import { authConfig } from "./config";
import { authenticate } from "./credentials";

/** Codes carried to the sign-in form (and to HTTP clients, see app/api/auth). */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

export const RATE_LIMITED_CODE = /^rate_limited_(\d+)$/;

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: env.AUTH_SECRET,
  logger: {
    // Refused sign-ins are expected traffic, not server errors.
    error(error) {
      if (!(error instanceof CredentialsSignin)) console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const email = typeof credentials.email === "string" ? credentials.email : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        const result = await authenticate({ email, password, client: clientKey(request.headers) });
        if (result.ok) return { ...result.user };
        if (result.reason === "rateLimited") throw new SignInRefused(`rate_limited_${result.retryAfterSeconds}`);
        throw new SignInRefused(result.reason === "suspended" ? "suspended" : "invalid_credentials");
      },
    }),
  ],
}));
