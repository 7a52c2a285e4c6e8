import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { ObjectiveView, objectiveMetadata } from "@/components/objective/objective-view";
import { ANONYMOUS } from "@/lib/auth/actor";
import { loadObjectivePage } from "@/lib/consultations/load-page";

/**
 * The objective page as every visitor without a session sees it, without filters: rendered on the
 * first request, then served from the page cache until a change or removal shows on it
 * (refreshConsultationPages). Additions (new comments, endorsements) and what no write announces (a
 * consultation opening or closing on its dates) are picked up when the copy is 15 seconds old: the
 * next visitor still gets it while a new one is rendered behind. proxy.ts sends such visitors here;
 * the URL stays the objective page's.
 */
export const revalidate = 15;

/** Nothing at build time (the database is not there then); each page is rendered when first asked for. */
export function generateStaticParams(): { locale: string; slug: string; number: string }[] {
  return [];
}

type Params = Promise<{ locale: string; slug: string; number: string }>;

const load = cache((slug: string, number: string) => loadObjectivePage(ANONYMOUS, slug, number));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, number, locale } = await params;
  return objectiveMetadata(locale, await load(slug, number));
}

export default async function VisitorObjectivePage({ params }: { params: Params }) {
  const { locale, slug, number } = await params;
  setRequestLocale(locale);
  return <ObjectiveView locale={locale} data={await load(slug, number)} search={{}} />;
}
