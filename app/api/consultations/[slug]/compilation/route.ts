import { createTranslator } from "next-intl";
import { z } from "zod";
import { getActor } from "@/lib/auth/current-actor";
import { ForbiddenError } from "@/lib/auth/policy";
import { getCompilation } from "@/lib/compilation/data";
import { compilationDocx } from "@/lib/compilation/docx";
import type { Translate } from "@/lib/compilation/labels";
import { getConsultation } from "@/lib/consultations/queries";
import { NotFoundError } from "@/lib/errors";
import { loadCatalog } from "@/lib/i18n/catalog";
import { UI_LOCALES } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  format: z.literal("docx"),
  locale: z.enum(UI_LOCALES).default("en"),
  annex: z
    .enum(["0", "1"])
    .default("0")
    .transform((v) => v === "1"),
});

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function refusal(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * The compilation of a consultation as a DOCX download: for its secretariat and platform admins
 * only. The session decides, as for the pages; a URL replayed without one gets 401.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return refusal(400, "badRequest");
  const { locale, annex } = query.data;
  try {
    const actor = await getActor();
    const consultation = await getConsultation(actor, slug);
    const compilation = await getCompilation(actor, consultation, { annex });
    const t = createTranslator({ locale, messages: await loadCatalog(locale) }) as unknown as Translate;
    const document = await compilationDocx(compilation, t, locale);
    return new Response(new Uint8Array(document), {
      headers: {
        "Content-Type": DOCX,
        "Content-Disposition": `attachment; filename="compilation-${consultation.slug}-${locale}.docx"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return refusal(error.reason === "signInRequired" ? 401 : 403, `forbidden.${error.reason}`);
    if (error instanceof NotFoundError) return refusal(404, "notFound");
    throw error;
  }
}
