import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authorizeCredentials } from "./authorize";
import { authConfig } from "./config";

export { RATE_LIMITED_CODE } from "./authorize";

export const { handlers, signIn, signOut } = NextAuth(() => ({
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
      authorize: (credentials, request) => authorizeCredentials(credentials, request.headers),
    }),
  ],
}));
