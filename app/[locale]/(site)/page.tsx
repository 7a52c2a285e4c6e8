import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { getActor } from "@/lib/auth/current-actor";
import { listConsultations } from "@/lib/consultations/queries";
import { Link } from "@/lib/i18n/navigation";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, consultations] = await Promise.all([
    getTranslations("home"),
    getFormatter(),
    getActor().then(listConsultations),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("intro")}</p>
      </div>
      {consultations.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {consultations.map((c) => (
            <li key={c.id} className="rounded border border-slate-200 bg-white p-5 shadow-sm">
              <div className="flex flex-wrap items-center gap-3">
                <h2 className="text-xl font-semibold">
                  <Link href={`/consultations/${c.slug}`} className="text-brand-800 underline-offset-4 hover:underline">
                    {c.title}
                  </Link>
                </h2>
                <StatusBadge status={c.status} />
              </div>
              <p className="mt-2 text-slate-700">{c.summary}</p>
              <p className="mt-3 text-sm text-slate-600">
                {t("counts", { objectives: c.objectiveCount, comments: c.commentCount })}
                {c.closesAt ? ` · ${t("closes", { date: format.dateTime(c.closesAt, { dateStyle: "long" }) })}` : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
