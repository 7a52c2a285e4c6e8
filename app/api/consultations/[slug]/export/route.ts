import type { NextRequest } from "next/server";
import { actorOfRequest } from "@/lib/auth/current-actor";
import { exportResponse } from "@/lib/exports/http";

export const dynamic = "force-dynamic";

/**
 * The secretariat's exports (CSV, XLSX, JSON). The session is read from this request's own cookie,
 * so a copied URL replayed without one is refused.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  return exportResponse(await actorOfRequest(request.headers), slug, request);
}
