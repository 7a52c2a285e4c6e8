import type { NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { actorOfSession } from "@/lib/auth/current-actor";
import { exportResponse } from "@/lib/exports/http";

export const dynamic = "force-dynamic";

/**
 * The secretariat's exports (CSV, XLSX, JSON). The session is read from this request's own cookie,
 * so a copied URL replayed without one is refused.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  // Auth.js built from a lazy configuration hands the session-reading wrapper back asynchronously.
  const withSession = await auth(async (signed) => exportResponse(await actorOfSession(signed.auth), slug, signed));
  // Its type allows void, but it always answers with a Response (the one returned above).
  return (await withSession(request, { params })) as Response;
}
