import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { ObjectiveView, objectiveMetadata } from "@/components/objective/objective-view";
import { getActor } from "@/lib/auth/current-actor";
import { loadObjectivePage } from "@/lib/consultations/load-page";
import { firstValues } from "@/lib/search-params";

type Params = Promise<{ locale: string; slug: string; number: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Cached per request: the metadata and the page share one lookup.
const load = cache(async (slug: string, number: string) => loadObjectivePage(await getActor(), slug, number));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, number, locale } = await params;
  return objectiveMetadata(locale, await load(slug, number));
}

/** Signed-in readers and filtered or paged views; a visitor's plain view is served by the visitor route. */
export default async function ObjectivePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, slug, number } = await params;
  setRequestLocale(locale);
  const [data, search] = await Promise.all([load(slug, number), searchParams]);
  return <ObjectiveView locale={locale} data={data} search={firstValues(search)} />;
}
