import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AffiliationDecisionForm } from "@/components/admin/affiliation-decision-form";
import { Announcer } from "@/components/admin/announcer";
import { DeclaredAffiliationDetails } from "@/components/admin/declared-affiliation";
import { Refusal } from "@/components/admin/refusal";
import { Breadcrumb } from "@/components/breadcrumb";
import { getActor } from "@/lib/auth/current-actor";
import { ForbiddenError } from "@/lib/auth/policy";
import { listVerificationQueue, listVerified } from "@/lib/moderation/affiliations";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "verification" });
  return { title: t("title") };
}

/** The secretariat's queue of affiliations to verify, and the verified ones it may revoke. */
export default async function VerificationPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tAdmin, tConsultation, actor] = await Promise.all([
    getTranslations("verification"),
    getTranslations("adminHome"),
    getTranslations("consultation"),
    getActor(),
  ]);
  let lists;
  try {
    lists = await Promise.all([listVerificationQueue(actor), listVerified(actor)]);
  } catch (error) {
    if (error instanceof ForbiddenError) return <Refusal title={t("title")} reason={error.reason} />;
    throw error;
  }
  const [queue, verified] = lists;
  const card = "flex flex-col gap-3 rounded border border-slate-200 bg-white p-4 shadow-sm";
  return (
    <div className="flex flex-col gap-8">
      <Breadcrumb label={tConsultation("breadcrumb")} trail={[{ href: "/admin", label: tAdmin("title") }]} current={t("title")} />
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      <Announcer>
        <section aria-labelledby="queue-heading" className="flex flex-col gap-4">
          <h2 id="queue-heading" className="text-xl font-semibold">
            {t("queueHeading", { count: queue.length })}
          </h2>
          {queue.length === 0 ? (
            <p>{t("queueEmpty")}</p>
          ) : (
            <ol className="flex flex-col gap-4">
              {queue.map((account) => (
                <li key={account.id} aria-labelledby={`queue-${account.id}`} className={card}>
                  <h3 id={`queue-${account.id}`} dir="auto" className="text-lg font-semibold">
                    {account.name}
                  </h3>
                  <DeclaredAffiliationDetails account={account} since={{ label: t("since"), date: account.since }} />
                  <AffiliationDecisionForm userId={account.id} name={account.name} decisions={["verify", "reject"]} />
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="verified-heading" className="flex flex-col gap-4">
          <h2 id="verified-heading" className="text-xl font-semibold">
            {t("verifiedHeading", { count: verified.length })}
          </h2>
          {verified.length === 0 ? (
            <p>{t("verifiedEmpty")}</p>
          ) : (
            <ul className="flex flex-col gap-4">
              {verified.map((account) => (
                <li key={account.id} aria-labelledby={`verified-${account.id}`} className={card}>
                  <h3 id={`verified-${account.id}`} dir="auto" className="text-lg font-semibold">
                    {account.name}
                  </h3>
                  <DeclaredAffiliationDetails account={account} since={{ label: t("verifiedOn"), date: account.reviewedAt }} />
                  <AffiliationDecisionForm userId={account.id} name={account.name} decisions={["revoke"]} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </Announcer>
    </div>
  );
}
