/** Only same-site paths: a callback URL from the query string must never send people elsewhere. */
export function safeCallbackUrl(value: unknown, fallback: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return fallback;
  }
  return value;
}
