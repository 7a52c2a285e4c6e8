import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PasswordForm } from "@/components/forms/password-form";
import { ProfileForm } from "@/components/forms/profile-form";
import { Alert } from "@/components/ui/alert";
import { getActor } from "@/lib/auth/current-actor";
import { countryOptions } from "@/lib/geo/countries";
import type { LanguageCode } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { getOwnProfile } from "@/lib/users/accounts";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("title") };
}

export default async function AccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ welcome?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getActor();
  if (actor.kind !== "user") {
    redirect({ href: { pathname: "/sign-in", query: { callbackUrl: `/${locale}/account` } }, locale });
  }
  const [t, tAffiliation, profile, { welcome }] = await Promise.all([
    getTranslations("account"),
    getTranslations("affiliation"),
    getOwnProfile(actor),
    searchParams,
  ]);
  const { name, organization, stakeholderGroup, country, locale: language, publicationPreference } = profile;
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-8">
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        {welcome ? <Alert tone="success">{t("welcome", { name })}</Alert> : null}
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t("email")}</dt>
          <dd>{profile.email}</dd>
          <dt className="font-medium">{t("pseudonym")}</dt>
          <dd>{profile.pseudonym}</dd>
          <dt className="font-medium">{t("affiliationStatus")}</dt>
          <dd>{tAffiliation(profile.affiliationStatus)}</dd>
        </dl>
        {profile.affiliationStatus === "pending" ? <Alert tone="info">{tAffiliation("pendingExplained")}</Alert> : null}
      </div>
      <section aria-labelledby="profile-heading" className="flex flex-col gap-4">
        <h2 id="profile-heading" className="text-xl font-semibold">
          {t("profile")}
        </h2>
        <p className="text-sm text-slate-600">{t("profileHint")}</p>
        <ProfileForm
          profile={{ name, organization, stakeholderGroup, country, locale: language as LanguageCode, publicationPreference }}
          countries={countryOptions(locale)}
        />
      </section>
      <section aria-labelledby="password-heading" className="flex flex-col gap-4">
        <h2 id="password-heading" className="text-xl font-semibold">
          {t("password")}
        </h2>
        <PasswordForm />
      </section>
    </div>
  );
}
