import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { Refusal } from "@/components/admin/refusal";
import { NewConsultationForm } from "@/components/management/new-consultation-form";
import { getActor } from "@/lib/auth/current-actor";
import { decide } from "@/lib/auth/policy";
import { countryOptions } from "@/lib/geo/countries";
import { redirect } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "newConsultation" });
  return { title: t("title") };
}

export default async function NewConsultationPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getActor();
  if (actor.kind !== "user") {
    redirect({ href: { pathname: "/sign-in", query: { callbackUrl: `/${locale}/admin/consultations/new` } }, locale });
  }
  const [t, tAdmin, tConsultation] = await Promise.all([
    getTranslations("newConsultation"),
    getTranslations("adminHome"),
    getTranslations("consultation"),
  ]);
  const decision = decide(actor, "consultation.create");
  if (!decision.ok) return <Refusal title={t("title")} reason={decision.reason} />;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Breadcrumb label={tConsultation("breadcrumb")} trail={[{ href: "/admin", label: tAdmin("title") }]} current={t("title")} />
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <NewConsultationForm countries={countryOptions(locale)} />
    </div>
  );
}
