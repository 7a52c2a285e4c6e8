import { env } from "@/lib/env";

/**
 * Identifies the client for rate limiting. X-Forwarded-For is a list each proxy appends to; only the
 * entries added by our own proxies can be trusted, so the address is read TRUSTED_PROXY_HOPS entries
 * from the right (1: the address the nearest proxy, or Next.js itself, saw). Entries further left are
 * whatever the client chose to send.
 */
export function clientKey(headers: Headers, hops = env.TRUSTED_PROXY_HOPS): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - hops)] || headers.get("x-real-ip")?.trim() || "unknown";
}
