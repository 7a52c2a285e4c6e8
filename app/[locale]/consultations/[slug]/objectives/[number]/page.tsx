import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getActor } from "@/lib/auth/current-actor";
import { getConsultation, getObjective } from "@/lib/consultations/queries";
import { NotFoundError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";

type Params = Promise<{ locale: string; slug: string; number: string }>;

async function load(slug: string, number: string) {
  if (!/^[1-9]\d{0,3}$/.test(number)) notFound();
  const actor = await getActor();
  try {
    const consultation = await getConsultation(actor, slug);
    return { consultation, ...(await getObjective(actor, consultation, Number(number))) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, number, locale } = await params;
  const { objective } = await load(slug, number);
  const t = await getTranslations({ locale, namespace: "consultation" });
  return { title: `${t("objectiveNumber", { number: objective.number })}: ${objective.shortTitle}` };
}

export default async function ObjectivePage({ params }: { params: Params }) {
  const { locale, slug, number } = await params;
  setRequestLocale(locale);
  const [{ consultation, objective, previous, next }, t] = await Promise.all([
    load(slug, number),
    getTranslations("consultation"),
  ]);
  const base = `/consultations/${consultation.slug}`;
  return (
    <article className="flex flex-col gap-6">
      <nav aria-label={t("breadcrumb")}>
        <ol className="flex flex-wrap gap-2 text-sm text-slate-600">
          <li>
            <Link href={base} className="text-brand-800 underline">
              {consultation.title}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page">{t("objectiveNumber", { number: objective.number })}</li>
        </ol>
      </nav>
      <header className="flex flex-col gap-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">
          {t("objectiveNumber", { number: objective.number })} · {objective.shortTitle}
        </p>
        <h1 className="text-3xl font-semibold">{objective.title}</h1>
      </header>
      {objective.body ? <div className="max-w-3xl whitespace-pre-line text-lg text-slate-800">{objective.body}</div> : null}
      <section aria-labelledby="discussion-heading" className="rounded border border-dashed border-slate-300 bg-white p-5">
        <h2 id="discussion-heading" className="text-xl font-semibold">
          {t("discussion")}
        </h2>
        <p className="mt-2 text-slate-700">{t("discussionSoon")}</p>
      </section>
      <nav aria-label={t("objectiveNavigation")} className="flex justify-between gap-4 border-t border-slate-200 pt-4">
        {previous ? (
          <Link href={`${base}/objectives/${previous.number}`} rel="prev" className="text-brand-800 underline">
            <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">←</span>
            {t("previousObjective", { number: previous.number, title: previous.shortTitle })}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`${base}/objectives/${next.number}`} rel="next" className="text-brand-800 underline">
            {t("nextObjective", { number: next.number, title: next.shortTitle })}
            <span aria-hidden="true" className="ms-1 inline-block rtl:-scale-x-100">→</span>
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
