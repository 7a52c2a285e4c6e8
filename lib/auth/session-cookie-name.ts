import { parse } from "cookie";

// Auth.js's session cookie, split into numbered parts when large; "__Secure-" over HTTPS.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * Whether a request's cookies include a session, by name only (valid or not is for the pages and the
 * domain layer to decide): without one, a request can be answered as a visitor's. Apart from
 * session-cookie.ts, which only React's server may load: the proxy and the server's front use this.
 */
export function carriesSession(cookieHeader: string | null | undefined): boolean {
  if (!cookieHeader) return false;
  return Object.keys(parse(cookieHeader)).some((name) => SESSION_COOKIE.test(name));
}
