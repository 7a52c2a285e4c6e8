import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { Breadcrumb } from "@/components/breadcrumb";
import { ExportForm } from "@/components/exports/export-form";
import { getActor } from "@/lib/auth/current-actor";
import { ForbiddenError } from "@/lib/auth/policy";
import { loadConsultationPage } from "@/lib/consultations/load-page";
import { env } from "@/lib/env";
import { exportOptions } from "@/lib/exports/options";
import { redirect } from "@/lib/i18n/navigation";

type Params = Promise<{ locale: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  const [{ consultation }, t] = await Promise.all([loadConsultationPage(slug), getTranslations({ locale, namespace: "exportsPage" })]);
  return { title: t("metaTitle", { consultation: consultation.title }), robots: { index: false } };
}

/** The address of the open-data endpoint as people outside will use it. */
async function openDataUrl(slug: string): Promise<string> {
  const incoming = await headers();
  const origin = env.AUTH_URL
    ? new URL(env.AUTH_URL).origin
    : `${incoming.get("x-forwarded-proto") ?? "http"}://${incoming.get("host") ?? "localhost"}`;
  return `${origin}/api/open-data/consultations/${slug}/comments`;
}

export default async function ExportsPage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const actor = await getActor();
  const path = `/consultations/${slug}/secretariat/exports`;
  if (actor.kind !== "user") redirect({ href: { pathname: "/sign-in", query: { callbackUrl: `/${locale}${path}` } }, locale });
  const { consultation } = await loadConsultationPage(slug);
  const [t, tConsultation] = await Promise.all([getTranslations("exportsPage"), getTranslations("consultation")]);
  const breadcrumb = (
    <Breadcrumb
      label={tConsultation("breadcrumb")}
      trail={[{ href: `/consultations/${consultation.slug}`, label: consultation.title }]}
      current={t("title")}
    />
  );

  let objectives: { number: number; title: string }[];
  try {
    objectives = await exportOptions(actor, consultation);
  } catch (error) {
    if (!(error instanceof ForbiddenError)) throw error;
    return (
      <div className="flex flex-col gap-6">
        {breadcrumb}
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p role="alert" className="max-w-3xl rounded border border-red-300 bg-red-50 p-4 text-red-900">
          {t("refused")}
        </p>
      </div>
    );
  }

  const openData = await openDataUrl(consultation.slug);
  const section = "flex flex-col gap-2";
  return (
    <div className="flex flex-col gap-8">
      {breadcrumb}
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      <ExportForm slug={consultation.slug} locale={locale} objectives={objectives} />
      <p className="max-w-3xl text-slate-700">{t("privacy")}</p>
      <section aria-labelledby="export-formats" className="flex max-w-3xl flex-col gap-4">
        <h2 id="export-formats" className="text-xl font-semibold">
          {t("formats")}
        </h2>
        {(["csv", "xlsx", "json"] as const).map((format) => (
          <div key={format} className={section}>
            <h3 className="text-lg font-semibold">{t(format)}</h3>
            <p className="text-slate-700">{t(`${format}Text`)}</p>
          </div>
        ))}
      </section>
      <section aria-labelledby="open-data" className={`${section} max-w-3xl`}>
        <h2 id="open-data" className="text-xl font-semibold">
          {t("openData")}
        </h2>
        <p className="text-slate-700">{t("openDataText")}</p>
        <p className="flex flex-col gap-1">
          <span className="font-medium text-slate-800">{t("openDataLink")}</span>
          <a href={openData} dir="ltr" className="break-all font-mono text-sm text-brand-800 underline underline-offset-4">
            {openData}
          </a>
        </p>
      </section>
    </div>
  );
}
