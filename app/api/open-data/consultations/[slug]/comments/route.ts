import { ANONYMOUS } from "@/lib/auth/actor";
import { errorResponse, publicBase, requestLocale } from "@/lib/exports/http";
import { openDataPage, parseOpenDataQuery } from "@/lib/exports/open-data";

export const dynamic = "force-dynamic";

/** Any site may read the open data from a browser. */
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Max-Age": "86400",
};

/**
 * Published comments of a consultation as open data (JSON, keyset pages). Everyone reads the same
 * thing, so the request is answered as the anonymous reader, without looking at any session.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const locale = requestLocale(request);
  try {
    const page = await openDataPage(ANONYMOUS, slug, parseOpenDataQuery(new URL(request.url).searchParams), {
      base: publicBase(request),
      locale,
    });
    const next = new URL(request.url);
    if (page.nextCursor) next.searchParams.set("cursor", page.nextCursor);
    return Response.json(
      { ...page, next: page.nextCursor ? `${publicBase(request)}${next.pathname}${next.search}` : null },
      { headers: { ...CORS, "Cache-Control": "public, max-age=60" } },
    );
  } catch (error) {
    return errorResponse(error, locale, CORS);
  }
}

export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: CORS });
}
