import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompilationDocument } from "@/components/compilation/compilation-document";
import { DocxDownloadForm } from "@/components/compilation/download-form";
import { PrintButton } from "@/components/compilation/print-button";
import "@/components/compilation/print.css";
import { Breadcrumb } from "@/components/breadcrumb";
import { orRefusal, StaffRefusal } from "@/components/dashboard/staff-page";
import { loadConsultationPage } from "@/lib/consultations/load-page";
import { getCompilation } from "@/lib/compilation/data";
import { Link } from "@/lib/i18n/navigation";

type Params = Promise<{ locale: string; slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "compilation" });
  return { title: t("title") };
}

/** The compilation, ready to print (or save as PDF), with the DOCX download beside it. */
export default async function CompilationPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const annex = (await searchParams).annex === "1";
  const [{ actor, consultation }, t, tDashboard] = await Promise.all([
    loadConsultationPage(slug),
    getTranslations("compilation"),
    getTranslations("dashboard"),
  ]);
  const dashboardPath = `/consultations/${consultation.slug}/secretariat`;
  const path = `${dashboardPath}/compilation`;
  const result = await orRefusal(() => getCompilation(actor, consultation, { annex }));
  if ("refused" in result) return <StaffRefusal reason={result.refused} callbackUrl={`/${locale}${path}`} />;

  return (
    <div className="compilation-document flex flex-col gap-8">
      <div className="flex flex-col gap-4 print:hidden">
        <Breadcrumb
          label={tDashboard("breadcrumb")}
          trail={[
            { href: `/consultations/${consultation.slug}`, label: consultation.title },
            { href: dashboardPath, label: tDashboard("title") },
          ]}
          current={t("title")}
        />
        <section aria-labelledby="tools-heading" className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="tools-heading" className="text-lg font-semibold">
            {t("toolsHeading")}
          </h2>
          <div className="flex flex-wrap items-center gap-4">
            <PrintButton label={t("print")} />
            <Link href={annex ? path : `${path}?annex=1`} className="text-brand-800 underline underline-offset-4">
              {annex ? t("hideAnnex") : t("showAnnex")}
            </Link>
          </div>
          <DocxDownloadForm slug={consultation.slug} locale={locale} annex={annex} />
        </section>
      </div>
      <CompilationDocument compilation={result.data} locale={locale} />
    </div>
  );
}
