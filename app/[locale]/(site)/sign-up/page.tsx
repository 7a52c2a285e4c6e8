import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignUpForm } from "@/components/forms/sign-up-form";
import { getActor } from "@/lib/auth/current-actor";
import { countryOptions } from "@/lib/geo/countries";
import { Link, redirect } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signUp" });
  return { title: t("title") };
}

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("signUp");
  if ((await getActor()).kind === "user") redirect({ href: "/account", locale });
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-2 text-3xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-slate-700">{t("intro")}</p>
      <SignUpForm countries={countryOptions(locale)} />
      <p className="mt-6">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="text-brand-700 underline">
          {t("signInLink")}
        </Link>
      </p>
    </div>
  );
}
