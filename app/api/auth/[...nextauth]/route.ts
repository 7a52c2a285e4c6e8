import { handlers, RATE_LIMITED_CODE } from "@/lib/auth";

export const { GET } = handlers;

/** Where Auth.js sends the client: a Location header, or {url} in JSON for X-Auth-Return-Redirect. */
async function destinationOf(response: Response): Promise<string | null> {
  const location = response.headers.get("location");
  if (location) return location;
  if (!response.headers.get("content-type")?.includes("json")) return null;
  const body = (await response.clone().json().catch(() => null)) as { url?: unknown } | null;
  return typeof body?.url === "string" ? body.url : null;
}

/**
 * Auth.js answers a refused sign-in by sending the client back to the sign-in page. A rate-limited
 * one becomes a 429 with Retry-After instead, so scripts and proxies see the limit for what it is.
 */
export async function POST(request: Request): Promise<Response> {
  const response = await handlers.POST(request as Parameters<typeof handlers.POST>[0]);
  const destination = await destinationOf(response);
  const code = destination ? new URL(destination, request.url).searchParams.get("code") : null;
  const limited = code ? RATE_LIMITED_CODE.exec(code) : null;
  if (!limited) return response;
  return Response.json(
    { error: "rate_limited", retryAfterSeconds: Number(limited[1]) },
    { status: 429, headers: { "Retry-After": limited[1] } },
  );
}
