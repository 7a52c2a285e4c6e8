import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ADMIN_TOOLS } from "@/lib/auth/admin-tools";
import { getActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/auth/policy";
import { listConsultations } from "@/lib/consultations/queries";
import { Link, redirect } from "@/lib/i18n/navigation";
import { StatusBadge } from "@/components/status-badge";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "adminHome" });
  return { title: t("title") };
}

/** The staff's starting point: platform-wide tools, then the consultations they can see. */
export default async function AdminPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await getActor();
  if (actor.kind !== "user") {
    redirect({ href: { pathname: "/sign-in", query: { callbackUrl: `/${locale}/admin` } }, locale });
  }
  const [t, consultations] = await Promise.all([getTranslations("adminHome"), listConsultations(actor)]);
  const tools = ADMIN_TOOLS.filter((tool) => can(actor, tool.action));
  const linkClass = "font-medium text-brand-800 underline underline-offset-4";
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      {tools.length > 0 ? (
        <section aria-labelledby="platform-tools" className="flex flex-col gap-2">
          <h2 id="platform-tools" className="text-xl font-semibold">
            {t("platform")}
          </h2>
          <ul className="flex flex-col gap-1">
            {tools.map((tool) => (
              <li key={tool.key}>
                <Link href={tool.path} className={linkClass}>
                  {t(tool.key)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p>{t("nothing")}</p>
      )}
      <section aria-labelledby="consultation-tools" className="flex flex-col gap-2">
        <h2 id="consultation-tools" className="text-xl font-semibold">
          {t("consultations")}
        </h2>
        <p className="text-slate-700">{t("consultationsHint")}</p>
        <ul className="flex flex-col gap-2">
          {consultations.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-2">
              <Link href={`/consultations/${c.slug}`} className={linkClass}>
                {c.title}
              </Link>
              <StatusBadge status={c.status} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
