import "server-only";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { Breadcrumb } from "@/components/breadcrumb";
import { getActor } from "@/lib/auth/current-actor";
import { decide } from "@/lib/auth/policy";
import { loadConsultationPage } from "@/lib/consultations/load-page";
import { redirect } from "@/lib/i18n/navigation";

/**
 * A secretariat page's consultation and whether the visitor may manage it. Signed-out visitors go
 * to sign in and come back; an unknown consultation (or a draft the visitor may not see) is not found.
 * Cached per request: the metadata and the page share one lookup.
 */
export const loadManaged = cache(async (locale: string, slug: string, path: string) => {
  const actor = await getActor();
  if (actor.kind !== "user") {
    redirect({ href: { pathname: "/sign-in", query: { callbackUrl: `/${locale}/consultations/${slug}/${path}` } }, locale });
  }
  const { consultation } = await loadConsultationPage(slug);
  return { actor, consultation, decision: decide(actor, "consultation.manage", { consultation }) };
});

/** Where a management page sits, under its consultation. */
export async function ManagementBreadcrumb({ consultation, trail = [], current }: {
  consultation: { slug: string; title: string };
  trail?: { href: string; label: string }[];
  current: string;
}) {
  const t = await getTranslations("consultation");
  return <Breadcrumb label={t("breadcrumb")} trail={[{ href: `/consultations/${consultation.slug}`, label: consultation.title }, ...trail]} current={current} />;
}

/** An outcome carried in the address by a no-script form: a known error code, or nothing. */
export async function errorFromQuery(code: string | undefined): Promise<string | undefined> {
  if (!code) return undefined;
  const t = await getTranslations("errors");
  return t.has(code) ? t(code) : t("unexpected");
}
