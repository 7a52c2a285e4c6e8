import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { ObjectiveView, objectiveMetadata } from "@/components/objective/objective-view";
import { ANONYMOUS } from "@/lib/auth/actor";
import { loadObjectivePage } from "@/lib/consultations/load-page";

/**
 * The objective page as every visitor without a session sees it, without filters. The server fetches
 * it from itself and keeps it as the visitors' copy (lib/cache/visitor-copies.ts), so it is rendered
 * here once per copy: the copies are the cache, and this page renders whenever asked.
 */
export const dynamic = "force-dynamic";

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
