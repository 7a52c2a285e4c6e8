import "server-only";
import { parse } from "cookie";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";

/**
 * A request's headers: `headers()` in pages and actions, `request.headers` in route handlers. Not
 * `cookies()`: in a Server Action, its first use merges the cookies the proxy set into the response
 * and so marks the page as changed, and Next then renders the whole page into the action's answer.
 */
export interface RequestHeaders {
  get(name: string): string | null;
}

export interface SessionClaims {
  userId: string;
  /** The user's session version when they signed in; a revocation bumps the user's and ends this session. */
  sessionVersion?: number;
}

const SESSION_COOKIE = "authjs.session-token";

/**
 * Auth.js names the cookie "__Secure-…" when it is served over HTTPS, and encrypts it under its own
 * name: the protocol is read the way Auth.js reads it (AUTH_URL, else the forwarded protocol).
 */
function cookieName(headers: RequestHeaders): string {
  const protocol = env.AUTH_URL ? new URL(env.AUTH_URL).protocol : `${headers.get("x-forwarded-proto") ?? "https"}:`;
  return protocol === "https:" ? `__Secure-${SESSION_COOKIE}` : SESSION_COOKIE;
}

/** The cookie's value, put back together when Auth.js split it into numbered parts ("name.0", "name.1", ...). */
function cookieValue(headers: RequestHeaders, name: string): string | undefined {
  const parts: { index: number; value: string }[] = [];
  for (const [cookie, value] of Object.entries(parse(headers.get("cookie") ?? ""))) {
    if (!value || !cookie.startsWith(name)) continue;
    const suffix = cookie.slice(name.length);
    if (suffix === "") parts.push({ index: 0, value });
    else if (/^\.\d+$/.test(suffix)) parts.push({ index: Number(suffix.slice(1)), value });
  }
  return parts.length > 0 ? parts.sort((a, b) => a.index - b.index).map((part) => part.value).join("") : undefined;
}

// Decrypting a cookie costs about a millisecond (key derivation and WebCrypto), a seventh of a comment
// post's time on the server. A cookie comes back unchanged with each request until the proxy re-issues
// it, so one that decrypted is remembered, by its exact value, until it expires. Only valid cookies
// are kept, and at most this many (the oldest go first).
const REMEMBERED = 10_000;
const remembered = new Map<string, { claims: SessionClaims; expiresAt: number }>();

function remember(key: string, claims: SessionClaims, exp: number | undefined) {
  if (exp === undefined) return;
  if (remembered.size >= REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.set(key, { claims, expiresAt: exp * 1000 });
}

/**
 * Who the request's session cookie says is signed in, or null (no cookie, or one that does not
 * decrypt under this app's secret, or has expired). This only reads: the cookie is re-issued (the
 * session kept rolling) by the proxy on page views, not on every read. Whether that user may still
 * act is for loadActor to say (suspension, revoked sessions).
 */
export async function readSessionCookie(headers: RequestHeaders): Promise<SessionClaims | null> {
  const name = cookieName(headers);
  const token = cookieValue(headers, name);
  if (!token) return null;
  const key = `${name}=${token}`;
  const known = remembered.get(key);
  if (known) {
    if (known.expiresAt > Date.now()) return known.claims;
    remembered.delete(key);
  }
  try {
    const payload = await decode({ token, secret: env.AUTH_SECRET, salt: name });
    if (typeof payload?.sub !== "string") return null;
    const claims = { userId: payload.sub, sessionVersion: payload.sv };
    remember(key, claims, payload.exp);
    return claims;
  } catch {
    // Forged, damaged, expired, or made with another secret: the same as no session.
    return null;
  }
}
