import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { loadMoreCommentsAction } from "@/app/[locale]/(site)/consultations/[slug]/objectives/[number]/actions";
import { Breadcrumb } from "@/components/breadcrumb";
import { CommentBody } from "@/components/comments/comment-body";
import { CommentList } from "@/components/comments/comment-list";
import { Composer } from "@/components/comments/lazy";
import { DiscussionProvider, type DiscussionOptions } from "@/components/comments/discussion-context";
import { Pagination } from "@/components/thread/pagination";
import { ThreadControls } from "@/components/thread/thread-controls";
import { Alert } from "@/components/ui/alert";
import type { Consultation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { decide } from "@/lib/auth/policy";
import { openThreadsOf } from "@/lib/comments/open-threads";
import { threadQuerySchema } from "@/lib/comments/schemas";
import { listThread } from "@/lib/comments/thread";
import type { ObjectivePageData } from "@/lib/consultations/load-page";
import { listPrinciples } from "@/lib/consultations/queries";
import { LANGUAGES } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

/**
 * The thread's query from the URL; `at` is a permalinked top-level comment the page starts at, and
 * `replies` the threads whose replies the reader opened.
 */
const pageQuerySchema = threadQuerySchema.extend({
  at: z.uuid().optional().catch(undefined),
  replies: z.string().optional().catch(undefined).transform(openThreadsOf),
});

export async function objectiveMetadata(locale: string, { objective }: ObjectivePageData): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "consultation" });
  return { title: `${t("objectiveNumber", { number: objective.number })}: ${objective.shortTitle}` };
}

/**
 * An objective and its thread, for this reader and this query. Rendered per request for signed-in
 * readers and filtered views, and once per change for visitors (see the visitor route).
 */
export async function ObjectiveView({
  locale,
  data: { actor, consultation, objective, previous, next },
  search,
}: {
  locale: string;
  data: ObjectivePageData;
  /** The URL's parameters, first value of each. */
  search: Record<string, string>;
}) {
  const slug = consultation.slug;
  const query = pageQuerySchema.parse(search);
  const [t, tComments] = await Promise.all([getTranslations("consultation"), getTranslations("comments")]);
  const writable = decide(actor, "comment.create", { consultation });
  const [thread, principles] = await Promise.all([
    listThread(actor, consultation, objective, { ...query, openRoots: query.replies }),
    listPrinciples(actor, consultation),
  ]);
  const view = { locale, search };
  const threadLabel = tComments("threadLabel");

  const base = `/consultations/${consultation.slug}`;
  const pagePath = `${base}/objectives/${objective.number}`;
  const options: DiscussionOptions = {
    objectiveId: objective.id,
    principles,
    languages: consultation.languages.map((code) => ({
      code,
      name: LANGUAGES.find((l) => l.code === code)?.name ?? code,
    })),
    defaultLanguage: consultation.languages.includes(locale) ? locale : (consultation.languages[0] ?? locale),
    viewerGroup: actor.kind === "user" ? actor.stakeholderGroup : null,
  };

  const fromStart = new URLSearchParams(search);
  fromStart.delete("at");
  fromStart.delete("after");

  return (
    <article className="flex flex-col gap-6">
      <Breadcrumb
        label={t("breadcrumb")}
        trail={[{ href: base, label: consultation.title }]}
        current={t("objectiveNumber", { number: objective.number })}
      />
      <header className="flex flex-col gap-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">
          {t("objectiveNumber", { number: objective.number })} · {objective.shortTitle}
        </p>
        <h1 className="text-3xl font-semibold">{objective.title}</h1>
      </header>
      {objective.body ? (
        <div dir="auto" className="max-w-3xl text-lg text-slate-800">
          <CommentBody text={objective.body} />
        </div>
      ) : null}
      <section aria-labelledby="discussion-heading" className="flex flex-col gap-6">
        <h2 id="discussion-heading" tabIndex={-1} className="text-2xl font-semibold">
          {t("discussion")}
        </h2>
        <DiscussionProvider options={options}>
          <ComposerArea
            actor={actor}
            consultation={consultation}
            writable={writable}
            signInHref={{ pathname: "/sign-in", query: { callbackUrl: `/${locale}${pagePath}${query.at ? `?at=${query.at}` : ""}` } }}
          />

          <div className="flex flex-col gap-4">
            <ThreadControls total={thread.total} principles={principles} current={query} />

            {query.at ? (
              <Alert tone="info">
                {tComments("permalinkView")}{" "}
                <Link href={`${pagePath}${fromStart.size ? `?${fromStart}` : ""}`} className="font-medium underline">
                  {tComments("permalinkShowAll")}
                </Link>
              </Alert>
            ) : null}

            {thread.roots.length > 0 ? (
              <CommentList comments={thread.roots} view={view} label={threadLabel} />
            ) : null}

            <Pagination nextCursor={thread.nextCursor} searchParams={search} loadMore={loadMoreCommentsAction.bind(null, { slug, number: objective.number, query: search })} />
          </div>
        </DiscussionProvider>
      </section>
      <nav aria-label={t("objectiveNavigation")} className="flex justify-between gap-4 border-t border-slate-200 pt-4">
        {previous ? (
          <Link href={`${base}/objectives/${previous.number}`} rel="prev" className="text-brand-800 underline">
            <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">←</span>
            {t("previousObjective", { number: previous.number, title: previous.shortTitle })}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`${base}/objectives/${next.number}`} rel="next" className="text-brand-800 underline">
            {t("nextObjective", { number: next.number, title: next.shortTitle })}
            <span aria-hidden="true" className="ms-1 inline-block rtl:-scale-x-100">→</span>
          </Link>
        ) : null}
      </nav>
    </article>
  );
}

/** The composer, or why there is none: closed consultation, signed out, or not allowed here. */
async function ComposerArea({
  actor,
  consultation,
  writable,
  signInHref,
}: {
  actor: Actor;
  consultation: Consultation;
  writable: ReturnType<typeof decide>;
  signInHref: { pathname: string; query: Record<string, string> };
}) {
  const [t, tErrors] = await Promise.all([getTranslations("comments"), getTranslations("errors")]);
  if (consultation.status !== "open") {
    return <Alert tone="info">{consultation.status === "draft" ? t("draftNotice") : t("closedNotice")}</Alert>;
  }
  if (writable.ok) {
    return (
      <section aria-labelledby="composer-heading" className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-5 shadow-sm">
        <h3 id="composer-heading" className="text-xl font-semibold">
          {t("composerHeading")}
        </h3>
        {consultation.moderationMode === "pre" ? <p className="text-sm text-slate-700">{t("premoderationNotice")}</p> : null}
        <Composer idPrefix="new-comment" />
      </section>
    );
  }
  if (actor.kind === "anonymous") {
    return (
      <p className="rounded border border-slate-200 bg-white p-5">
        <Link href={signInHref} className="font-medium text-brand-800 underline">
          {t("signInToComment")}
        </Link>
      </p>
    );
  }
  return <Alert tone="info">{tErrors(`forbidden.${writable.ok ? "" : writable.reason}`)}</Alert>;
}
