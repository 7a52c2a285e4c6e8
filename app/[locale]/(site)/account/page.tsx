import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PasswordForm } from "@/components/forms/password-form";
import { ProfileForm } from "@/components/forms/profile-form";
import { ProfileVerificationRequest } from "@/components/forms/profile-verification";
import { excerpt } from "@/components/plain-text";
import { Alert } from "@/components/ui/alert";
import { getActor } from "@/lib/auth/current-actor";
import { listOwnContributions, type Contribution } from "@/lib/comments/contributions";
import type { CommentStatus } from "@/lib/domain-values";
import { countryOptions } from "@/lib/geo/countries";
import type { LanguageCode } from "@/lib/i18n/locales";
import { Link, redirect } from "@/lib/i18n/navigation";
import { reasonLabel } from "@/lib/moderation/reasons";
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
  const [t, tAffiliation, profile, { welcome }, contributions] = await Promise.all([
    getTranslations("account"),
    getTranslations("affiliation"),
    getOwnProfile(actor),
    searchParams,
    listOwnContributions(actor, CONTRIBUTIONS_LIMIT),
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
        {/* Any organization may ask for its affiliation to be verified; an individual speaks for none. */}
        {(profile.affiliationStatus === "none" || profile.affiliationStatus === "rejected") && stakeholderGroup !== "individual" ? (
          <ProfileVerificationRequest />
        ) : null}
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
      <Contributions contributions={contributions} />
    </div>
  );
}

const CONTRIBUTIONS_LIMIT = 100;
const STATUS_STYLES: Record<CommentStatus, string> = {
  published: "border-green-700 bg-green-50 text-green-900",
  pending: "border-amber-600 bg-amber-50 text-amber-900",
  hidden: "border-slate-500 bg-slate-100 text-slate-800",
  rejected: "border-red-700 bg-red-50 text-red-900",
};

async function Contributions({ contributions }: { contributions: Contribution[] }) {
  const [t, tStatus, tOutcome, tReasons, format] = await Promise.all([
    getTranslations("contributions"),
    getTranslations("commentStatus"),
    getTranslations("moderationOutcome"),
    getTranslations("moderationReasons"),
    getFormatter(),
  ]);
  return (
    <section aria-labelledby="contributions-heading" className="flex flex-col gap-4">
      <h2 id="contributions-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      {contributions.length === 0 ? (
        <p className="text-slate-700">
          {t("empty")}{" "}
          <Link href="/" className="text-brand-800 underline underline-offset-4">
            {t("browse")}
          </Link>
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-600">{t("intro")}</p>
          <ol className="flex flex-col gap-3">
            {contributions.map((c) => {
              const base = `/consultations/${c.consultationSlug}`;
              return (
                <li key={c.id} className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4 shadow-sm">
                  <p className="text-sm text-slate-600">
                    <Link href={base} className="text-brand-800 underline-offset-4 hover:underline">
                      {c.consultationTitle}
                    </Link>
                  </p>
                  <h3 className="font-semibold">
                    <Link
                      href={{ pathname: `${base}/objectives/${c.objectiveNumber}`, query: { at: c.rootId }, hash: `comment-${c.id}` }}
                      className="text-brand-800 underline underline-offset-4 hover:no-underline"
                    >
                      {t("objective", { number: c.objectiveNumber, title: c.objectiveTitle })}
                    </Link>
                  </h3>
                  <p dir="auto" className="text-slate-800">
                    {excerpt(c.body)}
                  </p>
                  <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                    <span className="sr-only">{t("status")}:</span>
                    <span className={`rounded border px-2 py-0.5 font-medium ${STATUS_STYLES[c.status]}`}>{tStatus(c.status)}</span>
                    {c.deleted ? (
                      <span className="rounded border border-slate-500 bg-white px-2 py-0.5 font-medium text-slate-800">
                        {t("deleted")}
                      </span>
                    ) : null}
                    <span>{c.id === c.rootId ? t("comment") : t("reply")}</span>
                    <span aria-hidden="true">·</span>
                    <time dateTime={c.createdAt.toISOString()}>
                      {t("writtenOn", { date: format.dateTime(c.createdAt, { dateStyle: "medium" }) })}
                    </time>
                  </p>
                  {c.moderation?.reasonCode ? (
                    <p className="rounded border-s-4 border-slate-600 bg-slate-100 px-3 py-2 text-sm text-slate-900">
                      {tOutcome(c.status === "rejected" ? "rejected" : "hidden", {
                        reason: reasonLabel(c.moderation.reasonCode, c.moderation.reasonLabel, tReasons),
                      })}
                      {c.moderation.reasonText ? (
                        <>
                          {" "}
                          {tOutcome("explanation")} <span dir="auto">{c.moderation.reasonText}</span>
                        </>
                      ) : null}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {contributions.length >= CONTRIBUTIONS_LIMIT ? (
            <p className="text-sm text-slate-600">{t("limited", { count: contributions.length })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
