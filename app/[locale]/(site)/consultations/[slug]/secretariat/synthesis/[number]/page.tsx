import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { orRefusal, StaffRefusal } from "@/components/dashboard/staff-page";
import { loadConsultationPage } from "@/lib/consultations/load-page";
import { CommentFilterForm } from "@/components/synthesis/comment-filter-form";
import { HighlightOrderButtons, HighlightToggle } from "@/components/synthesis/highlight-buttons";
import { QuotedComment } from "@/components/synthesis/quoted-comment";
import { SynthesisEditor } from "@/components/synthesis/synthesis-editor";
import { getObjective } from "@/lib/consultations/queries";
import { getPathname } from "@/lib/i18n/navigation";
import { firstValues } from "@/lib/search-params";
import { getSynthesisWorkspace } from "@/lib/synthesis/queries";
import { synthesisCommentFilterSchema } from "@/lib/synthesis/schemas";

type Params = Promise<{ locale: string; slug: string; number: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, number } = await params;
  const t = await getTranslations({ locale, namespace: "synthesis" });
  return { title: t("title", { number }) };
}

/** Where the secretariat writes an objective's synthesis and picks the comments the compilation quotes. */
export default async function SynthesisPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, slug, number } = await params;
  setRequestLocale(locale);
  if (!/^[1-9]\d{0,3}$/.test(number)) notFound();
  const filters = synthesisCommentFilterSchema.parse(firstValues(await searchParams));
  const [{ actor, consultation }, t, tDashboard] = await Promise.all([
    loadConsultationPage(slug),
    getTranslations("synthesis"),
    getTranslations("dashboard"),
  ]);
  const dashboardPath = `/consultations/${consultation.slug}/secretariat`;
  const path = `${dashboardPath}/synthesis/${number}`;
  const result = await orRefusal(async () => {
    const { objective } = await getObjective(actor, consultation, Number(number));
    return { objective, ...(await getSynthesisWorkspace(actor, consultation, objective, filters)) };
  });
  if ("refused" in result) return <StaffRefusal reason={result.refused} callbackUrl={`/${locale}${path}`} />;
  const { objective, synthesis, highlights, comments, commentTotal } = result.data;

  return (
    <div className="flex flex-col gap-8">
      <Breadcrumb
        label={tDashboard("breadcrumb")}
        trail={[
          { href: `/consultations/${consultation.slug}`, label: consultation.title },
          { href: dashboardPath, label: tDashboard("title") },
        ]}
        current={t("title", { number: objective.number })}
      />
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold">{t("title", { number: objective.number })}</h1>
        <p className="text-lg text-slate-700">{objective.title}</p>
      </header>

      <section aria-labelledby="synthesis-heading" className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="synthesis-heading" className="text-2xl font-semibold">
          {t("synthesisHeading")}
        </h2>
        <SynthesisEditor
          objectiveId={objective.id}
          body={synthesis.body}
          version={synthesis.version}
          saved={{ updatedAt: synthesis.updatedAt, updatedByName: synthesis.updatedByName }}
        />
      </section>

      <section aria-labelledby="highlights-heading" className="flex flex-col gap-3">
        <h2 id="highlights-heading" className="text-2xl font-semibold">
          {t("highlightsHeading")}
        </h2>
        <p className="text-slate-700">{t("highlightsHint")}</p>
        {highlights.length === 0 ? (
          <p className="text-slate-600">{t("noHighlights")}</p>
        ) : (
          <ol className="flex flex-col gap-4">
            {highlights.map((quote, index) => (
              <li key={quote.id} className="rounded border border-brand-100 bg-white p-4 shadow-sm">
                <QuotedComment comment={quote} idPrefix="quote">
                  <HighlightOrderButtons
                    objectiveId={objective.id}
                    commentId={quote.id}
                    first={index === 0}
                    last={index === highlights.length - 1}
                    describedBy={`quote-${quote.id}`}
                  />
                </QuotedComment>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="comments-heading" className="flex flex-col gap-4">
        <h2 id="comments-heading" className="text-2xl font-semibold">
          {t("commentsHeading")}
        </h2>
        <CommentFilterForm filters={filters} action={getPathname({ href: path, locale })} path={path} />
        <p role="status" className="text-slate-700">
          {comments.length < commentTotal ? t("commentsShown", { shown: comments.length, total: commentTotal }) : t("commentCount", { count: commentTotal })}
        </p>
        <ul className="flex flex-col gap-4">
          {comments.map((comment) => (
            <li key={comment.id} className="rounded border border-slate-200 bg-white p-4 shadow-sm">
              <QuotedComment comment={comment} idPrefix="comment">
                <HighlightToggle
                  objectiveId={objective.id}
                  commentId={comment.id}
                  highlighted={comment.highlighted}
                  describedBy={`comment-${comment.id}`}
                />
              </QuotedComment>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
