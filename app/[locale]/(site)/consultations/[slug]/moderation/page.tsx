import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { BulkForm } from "@/components/moderation/bulk-form";
import { QueueItem } from "@/components/moderation/queue-item";
import { Refusal } from "@/components/moderation/refusal";
import { WorkspaceProvider } from "@/components/moderation/workspace-context";
import { can } from "@/lib/auth/policy";
import type { ModerationAction } from "@/lib/domain-values";
import { Link } from "@/lib/i18n/navigation";
import { listQueue } from "@/lib/moderation/queues";
import { reasonLabel } from "@/lib/moderation/reasons";
import { QUEUES, queueQuerySchema, type Queue } from "@/lib/moderation/schemas";
import { listReasonTemplates } from "@/lib/moderation/templates";
import { firstValues } from "@/lib/search-params";
import { loadStaffPage } from "./load";

type Params = Promise<{ locale: string; slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The decisions offered for the ticked items of each queue. */
const BULK_ACTIONS: Record<Queue, ModerationAction[]> = {
  pending: ["approve", "reject"],
  flagged: ["hide", "review", "restore"],
  recent: ["review", "hide"],
  hidden: ["restore"],
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  const [{ consultation }, t] = await Promise.all([
    loadStaffPage(slug, "moderation.view"),
    getTranslations({ locale, namespace: "moderationWorkspace" }),
  ]);
  return { title: `${t("title")}: ${consultation.title}` };
}

export default async function ModerationPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const [{ actor, consultation, access }, t, tReasons, raw] = await Promise.all([
    loadStaffPage(slug, "moderation.view"),
    getTranslations("moderationWorkspace"),
    getTranslations("moderationReasons"),
    searchParams,
  ]);
  const base = `/consultations/${consultation.slug}`;
  if (!access.ok) {
    return <Refusal actor={actor} reason={access.reason} title={t("title")} callbackUrl={`/${locale}${base}/moderation`} />;
  }

  const parsed = queueQuerySchema.parse(firstValues(raw));
  const queue = parsed.queue ?? (consultation.moderationMode === "pre" ? "pending" : "flagged");
  const query = { ...parsed, queue };
  const [page, templates] = await Promise.all([listQueue(actor, consultation, query), listReasonTemplates(actor, consultation)]);
  const reasons = templates.map((r) => ({ code: r.code, label: reasonLabel(r.code, r.label, tReasons) }));
  const moderatable = page.items.filter((item) => item.canModerate);
  const labels = Object.fromEntries(
    page.items.map((item) => [item.id, t("itemLabel", { author: item.author.name, number: item.objective.number })]),
  );

  const hrefOf = (params: Record<string, string | undefined>) => {
    const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
    return `?${search}`;
  };
  const listHeadingId = "queue-heading";

  return (
    <div className="flex flex-col gap-6">
      <Breadcrumb label={t("breadcrumb")} trail={[{ href: base, label: consultation.title }]} current={t("title")} />
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t(consultation.moderationMode === "pre" ? "introPre" : "introPost")}</p>
        {can(actor, "moderation.reasons", { consultation }) ? (
          <p>
            <Link href={`${base}/moderation/reasons`} className="font-medium text-brand-800 underline underline-offset-4">
              {t("editReasons")}
            </Link>
          </p>
        ) : null}
      </header>

      <nav aria-label={t("queues")}>
        <ul className="flex flex-wrap gap-2 border-b border-slate-300">
          {QUEUES.map((name) => (
            <li key={name}>
              <a
                href={hrefOf({ queue: name })}
                aria-current={name === queue ? "page" : undefined}
                className={`-mb-px inline-block rounded-t border px-4 py-2 font-medium ${
                  name === queue ? "border-slate-300 border-b-white bg-white text-slate-900" : "border-transparent text-brand-800 underline underline-offset-4"
                }`}
              >
                {t(`queue.${name}`)} <span className="rounded-full bg-slate-200 px-2 text-sm text-slate-900">{name === "recent" ? t("countUnreviewed", { count: page.counts[name] }) : t("count", { count: page.counts[name] })}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <WorkspaceProvider options={{ reasons, focusAfterDecision: listHeadingId }}>
        <section aria-labelledby={listHeadingId} className="flex flex-col gap-4">
          <h2 id={listHeadingId} tabIndex={-1} className="text-2xl font-semibold">
            {t(`queue.${queue}`)}
          </h2>
          <p className="text-slate-700">{t(`queueIntro.${queue}`)}</p>
          {queue === "recent" ? (
            <p>
              <a href={hrefOf({ queue, reviewed: query.reviewed ? undefined : "hide" })} className="font-medium text-brand-800 underline underline-offset-4">
                {query.reviewed ? t("showReviewed") : t("hideReviewed")}
              </a>
            </p>
          ) : null}

          {moderatable.length > 0 ? <BulkForm actions={BULK_ACTIONS[queue]} labels={labels} /> : null}

          {page.items.length === 0 ? (
            <p role="status" className="rounded border border-slate-200 bg-white p-4 text-slate-700">
              {t(`empty.${queue}`)}
            </p>
          ) : (
            <ol aria-label={t("itemsLabel", { queue: t(`queue.${queue}`) })} className="flex flex-col gap-4">
              {page.items.map((item) => (
                <li key={item.id}>
                  <QueueItem item={item} slug={consultation.slug} locale={locale} />
                </li>
              ))}
            </ol>
          )}

          {page.nextCursor || query.after ? (
            <nav aria-label={t("pagination")} className="flex flex-wrap gap-4">
              {query.after ? (
                <a href={hrefOf({ queue, reviewed: query.reviewed })} className="text-brand-800 underline underline-offset-4">
                  {t("firstPage")}
                </a>
              ) : null}
              {page.nextCursor ? (
                <a href={hrefOf({ queue, reviewed: query.reviewed, after: page.nextCursor })} className="font-medium text-brand-800 underline underline-offset-4">
                  {t("nextPage")}
                </a>
              ) : null}
            </nav>
          ) : null}
        </section>
      </WorkspaceProvider>
    </div>
  );
}
