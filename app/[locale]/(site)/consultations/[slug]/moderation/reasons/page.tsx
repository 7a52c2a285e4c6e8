import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { ReasonEditor } from "@/components/moderation/reason-editor";
import { Refusal } from "@/components/moderation/refusal";
import { reasonLabel } from "@/lib/moderation/reasons";
import { listReasonTemplates } from "@/lib/moderation/templates";
import { loadStaffPage } from "../load";

type Params = Promise<{ locale: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  const [{ consultation }, t] = await Promise.all([
    loadStaffPage(slug, "moderation.reasons"),
    getTranslations({ locale, namespace: "reasonTemplates" }),
  ]);
  return { title: `${t("title")}: ${consultation.title}` };
}

export default async function ReasonsPage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const [{ actor, consultation, access }, t, tWorkspace, tReasons] = await Promise.all([
    loadStaffPage(slug, "moderation.reasons"),
    getTranslations("reasonTemplates"),
    getTranslations("moderationWorkspace"),
    getTranslations("moderationReasons"),
  ]);
  const base = `/consultations/${consultation.slug}`;
  if (!access.ok) {
    return <Refusal actor={actor} reason={access.reason} title={t("title")} callbackUrl={`/${locale}${base}/moderation/reasons`} />;
  }
  const templates = await listReasonTemplates(actor, consultation);
  const reasons = templates.map((r) => ({ id: r.id, code: r.code, label: r.label, shown: reasonLabel(r.code, r.label, tReasons), used: r.used }));
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Breadcrumb
        label={tWorkspace("breadcrumb")}
        trail={[
          { href: base, label: consultation.title },
          { href: `${base}/moderation`, label: tWorkspace("title") },
        ]}
        current={t("title")}
      />
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      <ReasonEditor slug={consultation.slug} reasons={reasons} />
    </div>
  );
}
