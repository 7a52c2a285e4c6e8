import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { stripMarkdown } from "@/components/plain-text";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { getActor } from "@/lib/auth/current-actor";
import { MATCH_END, MATCH_START, SEARCH_PAGE_SIZE, searchComments, type SearchHit } from "@/lib/comments/search";
import type { PublicAuthor } from "@/lib/comments/types";
import { getConsultation } from "@/lib/consultations/queries";
import { NotFoundError } from "@/lib/errors";
import { countryName } from "@/lib/geo/countries";
import { Link } from "@/lib/i18n/navigation";
import { cache } from "react";
import { Breadcrumb } from "@/components/breadcrumb";
import { firstValues } from "@/lib/search-params";

type Params = Promise<{ locale: string; slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const QUERY_MAX_LENGTH = 200;

function parse(searchParams: Record<string, string | string[] | undefined>) {
  const values = firstValues(searchParams);
  const q = (values.q ?? "").trim().slice(0, QUERY_MAX_LENGTH);
  const page = Number(values.page);
  return { q, page: Number.isSafeInteger(page) && page > 0 ? page : 1 };
}

// Cached per request: the metadata and the page share one lookup.
const loadConsultation = cache(async (slug: string) => {
  try {
    return await getConsultation(await getActor(), slug);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const [{ slug, locale }, query] = await Promise.all([params, searchParams]);
  const [consultation, t] = await Promise.all([loadConsultation(slug), getTranslations({ locale, namespace: "search" })]);
  const { q } = parse(query);
  return { title: `${q ? t("metaTitle", { query: q }) : t("title")} · ${consultation.title}`, robots: { index: false } };
}

/**
 * The snippet as React text: the parts between MATCH_START and MATCH_END become <mark>. Never HTML,
 * so whatever a comment contains is shown, not interpreted; Markdown marks are dropped.
 */
function highlight(snippet: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  snippet.split(MATCH_START).forEach((part, index) => {
    const end = index === 0 ? -1 : part.indexOf(MATCH_END);
    if (end === -1) {
      nodes.push(stripMarkdown(part.replaceAll(MATCH_END, "")));
      return;
    }
    nodes.push(
      <mark key={index} className="rounded-sm bg-amber-200 px-0.5 font-semibold text-slate-950">
        {stripMarkdown(part.slice(0, end))}
      </mark>,
      stripMarkdown(part.slice(end + MATCH_END.length).replaceAll(MATCH_END, "")),
    );
  });
  return nodes;
}

/** Page numbers to link: the first, the last, and two either side of the current one; null is a gap. */
function pageWindow(page: number, pageCount: number): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let p = 1; p <= pageCount; p++) {
    if (p === 1 || p === pageCount || Math.abs(p - page) <= 2) pages.push(p);
    else if (pages[pages.length - 1] !== null) pages.push(null);
  }
  return pages;
}

export default async function SearchPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [{ locale, slug }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const { q, page } = parse(query);
  const consultation = await loadConsultation(slug);
  const actor = await getActor();
  const [result, t, tConsultation, format] = await Promise.all([
    searchComments(actor, consultation, q, page),
    getTranslations("search"),
    getTranslations("consultation"),
    getFormatter(),
  ]);
  const [tGroups, tStances] = await Promise.all([getTranslations("stakeholderGroups"), getTranslations("stances")]);
  const base = `/consultations/${consultation.slug}`;
  const searchPath = `${base}/search`;
  const href = (p: number) => ({ pathname: searchPath, query: p > 1 ? { q, page: String(p) } : { q } });

  const authorLabel = (author: PublicAuthor) =>
    author.name && author.organization
      ? t("nameAndOrganization", { name: author.name, organization: author.organization })
      : (author.name ?? author.organization ?? author.pseudonym ?? "");

  return (
    <div className="flex flex-col gap-6">
      <Breadcrumb label={tConsultation("breadcrumb")} trail={[{ href: base, label: consultation.title }]} current={t("title")} />
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro", { consultation: consultation.title })}</p>
      </div>

      <form method="get" role="search" className="flex max-w-2xl flex-col gap-2">
        <label htmlFor="search-q" className="font-medium text-slate-800">
          {t("label")}
        </label>
        <p id="search-q-hint" className="text-sm text-slate-600">
          {t.rich("hint", {
            code: (chunks) => (
              <code dir="auto" className="whitespace-nowrap rounded bg-slate-100 px-1 font-sans text-slate-900">
                {chunks}
              </code>
            ),
          })}
        </p>
        <div className="flex flex-wrap gap-2">
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={QUERY_MAX_LENGTH}
            aria-describedby="search-q-hint"
            className={`${inputClass} min-w-0 flex-1`}
          />
          <Button type="submit">{t("submit")}</Button>
        </div>
      </form>

      {q ? (
        <section aria-labelledby="results-heading" className="flex flex-col gap-4">
          <h2 id="results-heading" className="text-2xl font-semibold">
            {t("results")}
          </h2>
          <p role="status" className="font-medium">
            {t("count", { count: result.total, query: q })}
          </p>
          {result.total === 0 ? (
            <p className="max-w-3xl text-slate-700">{t("empty")}</p>
          ) : result.hits.length === 0 ? (
            <p className="text-slate-700">
              {t("beyondLastPage")}{" "}
              <Link href={href(1)} className="text-brand-800 underline">
                {t("firstPage")}
              </Link>
            </p>
          ) : (
            <ol className="flex flex-col gap-4" start={(result.page - 1) * SEARCH_PAGE_SIZE + 1}>
              {result.hits.map((hit: SearchHit) => {
                const permalink = {
                  pathname: `${base}/objectives/${hit.objectiveNumber}`,
                  query: { at: hit.rootId },
                  hash: `comment-${hit.id}`,
                };
                const unverified = hit.author.affiliationStatus === "pending" || hit.author.affiliationStatus === "rejected";
                return (
                  <li key={hit.id} className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4 shadow-sm">
                    <h3 className="font-semibold">
                      <Link href={permalink} className="text-brand-800 underline underline-offset-4 hover:no-underline">
                        {t("objective", { number: hit.objectiveNumber, title: hit.objectiveTitle })}
                      </Link>
                    </h3>
                    <p lang={hit.locale} dir="auto" className="text-slate-800">
                      {highlight(hit.snippet)}
                    </p>
                    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
                      <bdi className="font-medium text-slate-800">{authorLabel(hit.author)}</bdi>
                      <span aria-hidden="true">·</span>
                      <span>{tGroups(hit.author.stakeholderGroup)}</span>
                      <span aria-hidden="true">·</span>
                      <span>{countryName(hit.author.country, locale)}</span>
                      {unverified ? (
                        <>
                          <span aria-hidden="true">·</span>
                          <span>{t("unverified")}</span>
                        </>
                      ) : null}
                      <span aria-hidden="true">·</span>
                      <time dateTime={hit.createdAt.toISOString()}>{format.dateTime(hit.createdAt, { dateStyle: "medium" })}</time>
                    </p>
                    <p className="flex flex-wrap gap-2 text-sm">
                      <span className="rounded border border-slate-300 px-2 py-0.5 text-slate-800">
                        {t("stance", { stance: tStances(hit.stance) })}
                      </span>
                      {hit.official ? (
                        <span className="rounded border border-brand-700 bg-brand-50 px-2 py-0.5 font-medium text-brand-900">
                          {t("official")}
                        </span>
                      ) : null}
                    </p>
                  </li>
                );
              })}
            </ol>
          )}
          {result.pageCount > 1 ? (
            <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-4 border-t border-slate-200 pt-4">
              {result.page > 1 ? (
                <Link href={href(Math.min(result.page - 1, result.pageCount))} rel="prev" className="text-brand-800 underline">
                  <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">
                    ←
                  </span>
                  {t("previous")}
                </Link>
              ) : (
                <span />
              )}
              <ul className="flex flex-wrap items-center gap-1">
                {pageWindow(result.page, result.pageCount).map((p, index) =>
                  p === null ? (
                    <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-500">
                      …
                    </li>
                  ) : (
                    <li key={p}>
                      <Link
                        href={href(p)}
                        aria-label={t("pageOf", { page: p, pageCount: result.pageCount })}
                        aria-current={p === result.page ? "page" : undefined}
                        className={`inline-block min-w-9 rounded border px-2 py-1 text-center ${
                          p === result.page
                            ? "border-brand-800 bg-brand-800 font-semibold text-white"
                            : "border-slate-300 text-brand-800 underline underline-offset-4"
                        }`}
                      >
                        {format.number(p)}
                      </Link>
                    </li>
                  ),
                )}
              </ul>
              {result.page < result.pageCount ? (
                <Link href={href(result.page + 1)} rel="next" className="text-brand-800 underline">
                  {t("next")}
                  <span aria-hidden="true" className="ms-1 inline-block rtl:-scale-x-100">
                    →
                  </span>
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </section>
      ) : (
        <p className="text-slate-700">{t("prompt")}</p>
      )}
    </div>
  );
}
