import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { StaffTools } from "@/components/staff-tools";
import { StatusBadge } from "@/components/status-badge";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { getActor } from "@/lib/auth/current-actor";
import { getConsultation, listObjectives } from "@/lib/consultations/queries";
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from "@/lib/domain-values";
import { NotFoundError } from "@/lib/errors";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { cache } from "react";

type Params = Promise<{ locale: string; slug: string }>;

// Cached per request: the metadata and the page share one lookup.
const load = cache(async (slug: string) => {
  const actor = await getActor();
  try {
    const consultation = await getConsultation(actor, slug);
    return { actor, consultation, objectives: await listObjectives(actor, consultation) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const { consultation } = await load(slug);
  return { title: consultation.title, description: consultation.summary };
}

/** Segment colours of the breakdown bar; decorative, the text beside it carries the numbers. */
const GROUP_COLORS: Record<StakeholderGroup, string> = {
  member_state: "bg-brand-800",
  un_system: "bg-sky-500",
  civil_society: "bg-emerald-600",
  migrant_organization: "bg-amber-500",
  diaspora: "bg-violet-600",
  local_authority: "bg-rose-500",
  parliament: "bg-teal-400",
  nhri: "bg-orange-700",
  trade_union: "bg-lime-600",
  private_sector: "bg-slate-500",
  academia: "bg-fuchsia-500",
  media: "bg-yellow-700",
  individual: "bg-slate-300",
};

/** Published comments by stakeholder group, biggest first (ties in the vocabulary's order). */
function groupsBySize(byGroup: Partial<Record<StakeholderGroup, number>>) {
  return STAKEHOLDER_GROUPS.map((group) => ({ group, count: byGroup[group] ?? 0 }))
    .filter((g) => g.count > 0)
    .sort((a, b) => b.count - a.count);
}

export default async function ConsultationPage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const [{ actor, consultation, objectives }, t, tOverview, tShort] = await Promise.all([
    load(slug),
    getTranslations("consultation"),
    getTranslations("overview"),
    getTranslations("stakeholderGroupsShort"),
  ]);
  const searchPath = `/consultations/${consultation.slug}/search`;
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-semibold">{consultation.title}</h1>
          <StatusBadge status={consultation.status} />
        </div>
        <p className="max-w-3xl text-lg text-slate-700">{consultation.summary}</p>
      </div>
      <StaffTools actor={actor} consultation={consultation} />
      <section aria-labelledby="search-heading" className="flex max-w-2xl flex-col gap-2">
        <h2 id="search-heading" className="text-lg font-semibold">
          {tOverview("searchHeading")}
        </h2>
        <form method="get" action={getPathname({ href: searchPath, locale })} role="search" className="flex flex-wrap gap-2">
          <label htmlFor="overview-search" className="sr-only">
            {tOverview("searchLabel")}
          </label>
          <input
            id="overview-search"
            type="search"
            name="q"
            maxLength={200}
            className={`${inputClass} min-w-0 flex-1`}
          />
          <Button type="submit">{tOverview("searchSubmit")}</Button>
        </form>
        <p className="text-sm">
          <Link href={searchPath} className="text-brand-800 underline underline-offset-4">
            {tOverview("searchPage")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading" className="mb-4 text-2xl font-semibold">
          {t("objectives", { count: objectives.length })}
        </h2>
        <ol className="grid gap-3 sm:grid-cols-2">
          {objectives.map((o) => (
            <li key={o.id} className="rounded border border-slate-200 bg-white p-4 shadow-sm">
              <Link
                href={`/consultations/${consultation.slug}/objectives/${o.number}`}
                className="flex flex-col gap-1 text-brand-800 underline-offset-4 hover:underline"
              >
                <span className="text-sm font-semibold uppercase tracking-wide text-slate-600">
                  {t("objectiveNumber", { number: o.number })} · {o.shortTitle}
                </span>
                <span className="font-medium">{o.title}</span>
              </Link>
              <p className="mt-2 text-sm text-slate-600">{t("commentCount", { count: o.commentCount })}</p>
              <GroupBreakdown
                groups={groupsBySize(o.byGroup)}
                label={tOverview("byGroup")}
                part={(group, count) => tOverview("groupCount", { count, group: tShort(group) })}
              />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function GroupBreakdown({
  groups,
  label,
  part,
}: {
  groups: { group: StakeholderGroup; count: number }[];
  label: string;
  part: (group: StakeholderGroup, count: number) => string;
}) {
  if (groups.length === 0) return null;
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  return (
    <div className="mt-2 flex flex-col gap-1">
      <div aria-hidden="true" className="flex h-2 w-full gap-px overflow-hidden rounded-full bg-slate-100">
        {groups.map((g) => (
          <span key={g.group} className={GROUP_COLORS[g.group]} style={{ width: `${(g.count / total) * 100}%` }} />
        ))}
      </div>
      <p className="text-xs text-slate-600">
        <span className="sr-only">{label} </span>
        {groups.map((g) => part(g.group, g.count)).join(" · ")}
      </p>
    </div>
  );
}
