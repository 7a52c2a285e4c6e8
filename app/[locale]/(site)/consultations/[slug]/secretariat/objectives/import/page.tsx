import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportForm } from "@/components/management/import-form";
import { Refusal } from "@/components/admin/refusal";
import { ManagementBreadcrumb, loadManaged } from "@/components/management/managed-page";

type Params = Promise<{ locale: string; slug: string }>;
const PATH = "secretariat/objectives/import";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  const [{ consultation }, t] = await Promise.all([loadManaged(locale, slug, PATH), getTranslations({ locale, namespace: "objectivesImport" })]);
  return { title: `${t("title")}: ${consultation.title}` };
}

export default async function ImportObjectivesPage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const [{ consultation, decision }, t, tEditor] = await Promise.all([
    loadManaged(locale, slug, PATH),
    getTranslations("objectivesImport"),
    getTranslations("objectivesEditor"),
  ]);
  if (!decision.ok) return <Refusal title={t("title")} reason={decision.reason} />;
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div className="flex flex-col gap-3">
        <ManagementBreadcrumb
          consultation={consultation}
          trail={[{ href: `/consultations/${consultation.slug}/secretariat/objectives`, label: tEditor("title") }]}
          current={t("title")}
        />
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <ul className="list-disc ps-6 text-slate-700">
          <li>{t("csvFormat")}</li>
          <li>{t("jsonFormat")}</li>
          <li>{t("matching")}</li>
        </ul>
      </div>
      <ImportForm consultationId={consultation.id} slug={consultation.slug} />
    </div>
  );
}
