import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/forms/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getActor } from "@/lib/auth/current-actor";
import { Link, redirect } from "@/lib/i18n/navigation";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signIn" });
  return { title: t("title") };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ callbackUrl?: string; created?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { callbackUrl, created } = await searchParams;
  const t = await getTranslations("signIn");
  if ((await getActor()).kind === "user") redirect({ href: "/account", locale });
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-3xl font-semibold">{t("title")}</h1>
      {created ? (
        <div className="mb-4">
          <Alert tone="success">{t("created")}</Alert>
        </div>
      ) : null}
      <SignInForm callbackUrl={safeCallbackUrl(callbackUrl, "") || undefined} />
      <p className="mt-6">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="text-brand-700 underline">
          {t("signUpLink")}
        </Link>
      </p>
    </div>
  );
}
