import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { DashboardCharts } from "@/components/dashboard/dashboard-charts";
import { DashboardFilterForm } from "@/components/dashboard/filter-form";
import { ObjectiveGroupMatrix } from "@/components/dashboard/matrix";
import { MostEndorsed } from "@/components/dashboard/most-endorsed";
import { orRefusal, StaffRefusal } from "@/components/dashboard/staff-page";
import { loadConsultationPage } from "@/lib/consultations/load-page";
import { TotalsList } from "@/components/dashboard/totals";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { getDashboard } from "@/lib/dashboard/queries";
import { getPathname, Link } from "@/lib/i18n/navigation";

type Params = Promise<{ locale: string; slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "dashboard" });
  return { title: t("title") };
}

/** The secretariat's view of a consultation: who took part, on what, and how. */
export default async function DashboardPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const filters = parseDashboardFilters(await searchParams);
  const [{ consultation, actor }, t] = await Promise.all([loadConsultationPage(slug), getTranslations("dashboard")]);
  const path = `/consultations/${consultation.slug}/secretariat`;
  const result = await orRefusal(() => getDashboard(actor, consultation, filters));
  if ("refused" in result) return <StaffRefusal reason={result.refused} callbackUrl={`/${locale}${path}`} />;
  const dashboard = result.data;

  return (
    <div className="flex flex-col gap-8">
      <Breadcrumb
        label={t("breadcrumb")}
        trail={[{ href: `/consultations/${consultation.slug}`, label: consultation.title }]}
        current={t("title")}
      />
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{consultation.title}</p>
        <p>
          <Link href={`${path}/compilation`} className="font-medium text-brand-800 underline underline-offset-4">
            {t("compilationLink")}
          </Link>
        </p>
      </header>
      <DashboardFilterForm filters={filters} action={getPathname({ href: path, locale })} path={path} />
      <TotalsList totals={dashboard.totals} />
      <ObjectiveGroupMatrix rows={dashboard.objectives} synthesisBase={`${path}/synthesis`} />
      <DashboardCharts dashboard={dashboard} locale={locale} />
      <MostEndorsed comments={dashboard.mostEndorsed} slug={consultation.slug} locale={locale} />
    </div>
  );
}
