import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Refusal } from "@/components/admin/refusal";
import { ManagementBreadcrumb, errorFromQuery, loadManaged } from "@/components/management/managed-page";
import { SettingsForm } from "@/components/management/settings-form";
import { StatusControls } from "@/components/management/status-controls";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/lib/i18n/navigation";
import { firstValues } from "@/lib/search-params";

type Params = Promise<{ locale: string; slug: string }>;
const PATH = "secretariat/settings";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  const [{ consultation }, t] = await Promise.all([loadManaged(locale, slug, PATH), getTranslations({ locale, namespace: "consultationSettings" })]);
  return { title: `${t("title")}: ${consultation.title}` };
}

export default async function SettingsPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const [{ consultation, decision }, t, query] = await Promise.all([
    loadManaged(locale, slug, PATH),
    getTranslations("consultationSettings"),
    searchParams.then(firstValues),
  ]);
  if (!decision.ok) return <Refusal title={t("title")} reason={decision.reason} />;
  const error = await errorFromQuery(query.error);
  const changed = ["open", "closed", "archived"].includes(query.changed ?? "") ? query.changed : undefined;
  const base = `/consultations/${consultation.slug}`;
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <div className="flex flex-col gap-3">
        <ManagementBreadcrumb consultation={consultation} current={t("title")} />
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="text-lg text-slate-700">{consultation.title}</p>
        {query.created ? <Alert tone="success">{t("created")}</Alert> : null}
        <p>
          <Link href={`${base}/secretariat/objectives`} className="font-medium text-brand-800 underline underline-offset-4">
            {t("objectivesLink")}
          </Link>
        </p>
      </div>
      <section aria-labelledby="status-heading" className="flex flex-col gap-3">
        <h2 id="status-heading" className="text-xl font-semibold">
          {t("statusHeading")}
        </h2>
        {error ? <Alert tone="error">{error}</Alert> : null}
        {changed ? <Alert tone="success">{t(`changed.${changed}`)}</Alert> : null}
        <StatusControls consultation={consultation} />
      </section>
      <section aria-labelledby="settings-heading" className="flex flex-col gap-3">
        <h2 id="settings-heading" className="text-xl font-semibold">
          {t("settingsHeading")}
        </h2>
        <SettingsForm consultation={consultation} />
      </section>
    </div>
  );
}
