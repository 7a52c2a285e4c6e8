import type { NextAuthConfig } from "next-auth";

/**
 * The part of the Auth.js configuration with no database or Node-only code, shared by the proxy and
 * the full instance in ./index.ts. The proxy only redirects; the domain layer decides.
 */
export const authConfig = {
  pages: { signIn: "/sign-in", error: "/sign-in" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // On sign-in, remember which session version this token belongs to.
      if (user?.id) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = token.sv;
      return session;
    },
  },
} satisfies NextAuthConfig;
