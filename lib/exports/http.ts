import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/policy";
import { env } from "@/lib/env";
import { DomainError, NotFoundError } from "@/lib/errors";
import { DEFAULT_LOCALE, isUiLocale } from "@/lib/i18n/locales";
import { csvChunks } from "./csv";
import { parseExportRequest, type ExportFormat, type ExportRequest } from "./filters";
import { jsonChunks } from "./json";
import { prepareExport, type PreparedExport } from "./query";
import { readableFrom } from "./stream";
import { translator } from "./translate";
import { xlsxChunks } from "./xlsx";

/** The app's public address: AUTH_URL behind a proxy, else the origin the request came to. */
export function publicBase(request: Request): string {
  return new URL(env.AUTH_URL ?? request.url).origin;
}

/** The language asked for with ?locale=, for messages; the default one otherwise. */
export function requestLocale(request: Request): string {
  const asked = new URL(request.url).searchParams.get("locale") ?? "";
  return isUiLocale(asked) ? asked : DEFAULT_LOCALE;
}

/**
 * A refusal or a bad request as JSON, with the message in the asked language. A request without a
 * session gets 401, one the policy refuses 403, an unknown or invisible consultation 404, a bad
 * parameter 400 naming the field. Anything else is a server error and is rethrown.
 */
export async function errorResponse(error: unknown, locale: string, headers: HeadersInit = {}): Promise<Response> {
  let status: number;
  let code: string;
  let field: string | undefined;
  if (error instanceof ForbiddenError) {
    status = error.reason === "signInRequired" ? 401 : 403;
    code = `forbidden.${error.reason}`;
  } else if (error instanceof NotFoundError) {
    status = 404;
    code = error.code;
  } else if (error instanceof DomainError) {
    status = 400;
    code = error.code;
    field = error.field;
  } else {
    throw error;
  }
  const t = await translator(locale);
  return Response.json(
    { error: code, field, message: t(`errors.${code}`) },
    { status, headers: { "Cache-Control": "no-store", ...headers } },
  );
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
};

/** gcm-comments-objective-3-civil_society-hidden-2026-05-01.csv: what the file holds, and when it was made. */
export function exportFileName(slug: string, { format, filters }: ExportRequest, generatedAt: Date): string {
  const parts = [slug, "comments"];
  if (filters.objective !== undefined) parts.push(`objective-${filters.objective}`);
  if (filters.group) parts.push(filters.group);
  parts.push(filters.status);
  if (filters.from) parts.push(`from-${filters.from}`);
  if (filters.to) parts.push(`to-${filters.to}`);
  parts.push(generatedAt.toISOString().slice(0, 10));
  return `${parts.join("-")}.${format}`;
}

async function chunksOf(format: ExportFormat, data: PreparedExport, locale: string) {
  switch (format) {
    case "csv":
      return csvChunks(data);
    case "json":
      return jsonChunks(data);
    case "xlsx":
      return xlsxChunks(data, await translator(locale));
  }
}

/**
 * GET /api/consultations/<slug>/export: checks the actor and the parameters before anything is sent,
 * then streams the file as its rows are read.
 */
export async function exportResponse(actor: Actor, slug: string, request: Request): Promise<Response> {
  const locale = requestLocale(request);
  try {
    const asked = parseExportRequest(new URL(request.url).searchParams);
    const data = await prepareExport(actor, slug, asked.filters, { base: publicBase(request), locale: asked.locale });
    const body = readableFrom(await chunksOf(asked.format, data, asked.locale));
    return new Response(body, {
      headers: {
        "Content-Type": CONTENT_TYPES[asked.format],
        "Content-Disposition": `attachment; filename="${exportFileName(slug, asked, data.overview.generatedAt)}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
