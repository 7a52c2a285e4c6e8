import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/status-badge";
import { getActor } from "@/lib/auth/current-actor";
import { getConsultation, listObjectives } from "@/lib/consultations/queries";
import { NotFoundError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";

type Params = Promise<{ locale: string; slug: string }>;

async function load(slug: string) {
  const actor = await getActor();
  try {
    const consultation = await getConsultation(actor, slug);
    return { consultation, objectives: await listObjectives(actor, consultation) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const { consultation } = await load(slug);
  return { title: consultation.title, description: consultation.summary };
}

export default async function ConsultationPage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const [{ consultation, objectives }, t] = await Promise.all([load(slug), getTranslations("consultation")]);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-semibold">{consultation.title}</h1>
          <StatusBadge status={consultation.status} />
        </div>
        <p className="max-w-3xl text-lg text-slate-700">{consultation.summary}</p>
      </div>
      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading" className="mb-4 text-2xl font-semibold">
          {t("objectives", { count: objectives.length })}
        </h2>
        <ol className="grid gap-3 sm:grid-cols-2">
          {objectives.map((o) => (
            <li key={o.id} className="rounded border border-slate-200 bg-white p-4 shadow-sm">
              <Link
                href={`/consultations/${consultation.slug}/objectives/${o.number}`}
                className="flex flex-col gap-1 text-brand-800 underline-offset-4 hover:underline"
              >
                <span className="text-sm font-semibold uppercase tracking-wide text-slate-600">
                  {t("objectiveNumber", { number: o.number })} · {o.shortTitle}
                </span>
                <span className="font-medium">{o.title}</span>
              </Link>
              <p className="mt-2 text-sm text-slate-600">{t("commentCount", { count: o.commentCount })}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
