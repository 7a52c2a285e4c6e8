/**
 * Identifies the client for rate limiting: the first address in X-Forwarded-For (set by Next.js
 * itself, or by a reverse proxy in front of it), else X-Real-IP.
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
