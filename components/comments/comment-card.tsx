import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { PublicAuthor, ThreadComment } from "@/lib/comments/types";
import type { Stance } from "@/lib/domain-values";
import { countryName } from "@/lib/geo/countries";
import { LANGUAGES } from "@/lib/i18n/locales";
import { reasonLabel } from "@/lib/moderation/reasons";
import { withOpenThread } from "@/lib/comments/open-threads";
import { CommentBody } from "./comment-body";
import { EndorseButton } from "./endorse-button";
import { endorsementBreakdown } from "./endorsement-summary";
import { repliesToggleId } from "./anchors";
import { CommentTools, FlagButton } from "./lazy";
import { RevisionsToggle } from "./revisions-toggle";
import { ShowReplies } from "./show-replies";
import { DATE_TIME_FORMAT } from "./styles";

export interface ThreadView {
  locale: string;
  /** The page's query (first value of each parameter), kept in the link that opens a thread. */
  search: Record<string, string>;
  /** A page appended by "Load more comments": not part of the page the URL renders. */
  appended?: boolean;
}

/**
 * The page with one more thread's replies shown, at that thread. From an appended page, the page
 * that starts at the thread (its permalink), since the URL's own page does not hold it.
 */
function openThreadHref(view: ThreadView, rootId: string): string {
  const params = new URLSearchParams(view.search);
  if (view.appended) {
    params.delete("after");
    params.set("at", rootId);
  }
  params.set("replies", withOpenThread(params.get("replies"), rootId));
  return `?${params}#comment-${rootId}`;
}

type Translate = Awaited<ReturnType<typeof getTranslations<"comments">>>;

interface Translators {
  t: Translate;
  tGroups: Awaited<ReturnType<typeof getTranslations<"stakeholderGroups">>>;
  tShort: Awaited<ReturnType<typeof getTranslations<"stakeholderGroupsShort">>>;
  tStances: Awaited<ReturnType<typeof getTranslations<"stances">>>;
}

const stanceStyles: Record<Stance, { icon: string; className: string }> = {
  supports: { icon: "✓", className: "badge badge-green" },
  concerns: { icon: "!", className: "badge badge-amber" },
  proposes_change: { icon: "✎", className: "badge badge-brand" },
  question: { icon: "?", className: "badge badge-purple" },
};

/** Isolates a name typed by a participant, so a Latin name reads right in Arabic and vice versa. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** How the author signs, as their publication preference allows (already applied by the domain). */
export function authorLabel(
  author: PublicAuthor,
  t: (key: "authorNameOrganization" | "anonymousAuthor", values?: Record<string, string>) => string,
): string {
  if (author.name && author.organization) {
    return t("authorNameOrganization", { name: isolate(author.name), organization: isolate(author.organization) });
  }
  const single = author.name ?? author.organization ?? author.pseudonym;
  return single ? isolate(single) : t("anonymousAuthor");
}

function Heading({ depth, id, children }: { depth: number; id: string; children: ReactNode }) {
  const className = "comment-heading";
  // Top-level comments are h3 under the page's "Discussion" h2; replies go one level deeper each.
  switch (Math.min(depth, 3)) {
    case 0:
      return <h3 id={id} className={className}>{children}</h3>;
    case 1:
      return <h4 id={id} className={className}>{children}</h4>;
    case 2:
      return <h5 id={id} className={className}>{children}</h5>;
    default:
      return <h6 id={id} className={className}>{children}</h6>;
  }
}

/** One comment of the thread, and the replies beneath it: shown, or a link that shows them. */
export async function CommentCard({ comment, view }: { comment: ThreadComment; view: ThreadView }) {
  const [t, tGroups, tShort, tStances, tReasons, format] = await Promise.all([
    getTranslations("comments"),
    getTranslations("stakeholderGroups"),
    getTranslations("stakeholderGroupsShort"),
    getTranslations("stances"),
    getTranslations("moderationReasons"),
    getFormatter(),
  ]);
  const reason = comment.hiddenReason ? reasonLabel(comment.hiddenReason, comment.hiddenReasonLabel, tReasons) : "";
  const headingId = `comment-${comment.id}-author`;
  const time = (
    <time dateTime={comment.createdAt.toISOString()}>{format.dateTime(comment.createdAt, DATE_TIME_FORMAT)}</time>
  );
  const permalink = (
    <a href={`?at=${comment.rootId}#comment-${comment.id}`} className="comment-link">
      {t("permalink")}
    </a>
  );

  return (
    <>
      {comment.deleted || comment.body === null ? (
        <article
          id={`comment-${comment.id}`}
          aria-labelledby={headingId}
          tabIndex={-1}
          className="comment-removed"
        >
          <Heading depth={comment.depth} id={headingId}>
            {comment.deleted ? t("deletedHeading") : t("hiddenHeading")}
          </Heading>
          <p className="text-slate-600 italic">
            {comment.deleted
              ? t("deletedPlaceholder")
              : comment.status === "hidden"
                ? t("hiddenPlaceholder", { reason })
                : t("unavailablePlaceholder")}
          </p>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
            {time}
            {permalink}
          </p>
        </article>
      ) : (
        <LiveComment
          comment={comment}
          view={view}
          headingId={headingId}
          time={time}
          permalink={permalink}
          tr={{ t, tGroups, tShort, tStances }}
          hiddenReason={reason}
        />
      )}
      {comment.replyTotal === 0 ? null : comment.repliesShown ? (
        <details
          open
          // The reader may close it before the page is interactive; that is not a mismatch to report.
          suppressHydrationWarning
          className="replies"
        >
          <summary id={comment.depth === 0 ? repliesToggleId(comment.id) : undefined} className="replies-toggle">
            <span className="when-closed">{t("showReplies", { count: comment.replyTotal })}</span>
            <span className="when-open">{t("hideReplies", { count: comment.replyTotal })}</span>
          </summary>
          <ol className="mt-3 flex flex-col gap-3">
            {comment.replies.map((reply) => (
              <li key={reply.id}>
                <CommentCard comment={reply} view={view} />
              </li>
            ))}
          </ol>
        </details>
      ) : (
        <ShowReplies
          rootId={comment.id}
          label={t("showReplies", { count: comment.replyTotal })}
          href={openThreadHref(view, comment.id)}
          inPlace={!view.appended}
        />
      )}
    </>
  );
}

function LiveComment({
  comment,
  view,
  headingId,
  time,
  permalink,
  tr,
  hiddenReason,
}: {
  hiddenReason: string;
  comment: ThreadComment;
  view: ThreadView;
  headingId: string;
  time: ReactNode;
  permalink: ReactNode;
  tr: Translators;
}) {
  const { t, tGroups, tShort, tStances } = tr;
  const { author, viewer } = comment;
  const label = authorLabel(author, t);
  const language = LANGUAGES.find((l) => l.code === comment.locale);
  const stance = stanceStyles[comment.stance];
  const breakdown = endorsementBreakdown(comment.endorsementsByGroup, view.locale, (group, count) =>
    t("endorsementGroup", { count, group: tShort(group) }),
  );

  const body = (
    <div lang={comment.locale} dir="auto" className="text-slate-900">
      <CommentBody text={comment.body!} />
    </div>
  );
  const actions = (
    <>
      {viewer.can.endorse ? (
        <EndorseButton
          commentId={comment.id}
          endorsed={viewer.endorsed}
          count={comment.endorsementCount}
          byGroup={comment.endorsementsByGroup}
        />
      ) : comment.endorsementCount > 0 ? (
        <span className="px-2 py-1 text-sm text-slate-700">
          {t("endorsementCount", { count: comment.endorsementCount })}
          {breakdown ? <span className="text-slate-600"> ({breakdown})</span> : null}
        </span>
      ) : null}
      {viewer.flagged || viewer.can.flag ? <FlagButton commentId={comment.id} flagged={viewer.flagged} /> : null}
      {permalink}
    </>
  );
  const revisions = comment.editedAt && viewer.can.viewRevisions ? <RevisionsToggle commentId={comment.id} /> : null;
  const interactive = viewer.can.reply || viewer.can.edit || viewer.can.delete;

  return (
    <article
      id={`comment-${comment.id}`}
      aria-labelledby={headingId}
      tabIndex={-1}
      className="comment"
    >
      <header className="flex flex-col gap-1">
        <Heading depth={comment.depth} id={headingId}>
          {label}
          {viewer.isAuthor ? <span className="ms-1 font-normal text-slate-600">{t("you")}</span> : null}
        </Heading>
        <p className="comment-meta">
          <span className="badge badge-neutral">{tGroups(author.stakeholderGroup)}</span>
          <span>{countryName(author.country, view.locale)}</span>
          {comment.official ? (
            <span className="badge badge-official">
              <span aria-hidden="true">★</span>
              {t("official")}
            </span>
          ) : null}
          {author.stakeholderGroup === "member_state" && author.affiliationStatus === "pending" ? (
            <span className="badge badge-amber">{t("affiliationNotVerified")}</span>
          ) : null}
        </p>
        <p className="comment-meta">
          <span className={stance.className}>
            <span aria-hidden="true">{stance.icon}</span>
            {tStances(comment.stance)}
          </span>
          <span>
            {t.rich("writtenIn", {
              language: language?.name ?? comment.locale,
              lang: (chunks) => <span lang={comment.locale}>{chunks}</span>,
            })}
          </span>
          <span aria-hidden="true">·</span>
          {time}
          {comment.editedAt ? <span className="italic">{t("editedMarker")}</span> : null}
        </p>
      </header>
      {comment.status === "hidden" ? (
        <p className="rounded border-s-4 border-slate-600 bg-slate-100 px-3 py-2 text-sm font-medium text-slate-900">
          {t("hiddenNotice", { reason: hiddenReason })}
        </p>
      ) : null}
      {comment.status === "pending" ? (
        <p className="rounded border-s-4 border-amber-700 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900">
          <span aria-hidden="true">⏳ </span>
          {t("pendingNotice")}
        </p>
      ) : null}
      {interactive ? (
        <CommentTools
          commentId={comment.id}
          rootId={comment.rootId}
          authorLabel={label}
          canReply={viewer.can.reply}
          canEdit={viewer.can.edit}
          canDelete={viewer.can.delete}
          content={
            viewer.can.edit
              ? { body: comment.body!, stance: comment.stance, locale: comment.locale, tags: comment.tags.map((tag) => tag.key) }
              : undefined
          }
          body={
            <>
              {body}
              <Tags comment={comment} t={t} />
            </>
          }
          actions={actions}
          trailing={revisions}
        />
      ) : (
        <>
          {body}
          <Tags comment={comment} t={t} />
          <div className="comment-actions">
            {actions}
            {revisions}
          </div>
        </>
      )}
    </article>
  );
}

function Tags({ comment, t }: { comment: ThreadComment; t: Translate }) {
  if (comment.tags.length === 0) return null;
  return (
    <ul aria-label={t("principlesOfComment")} className="flex flex-wrap gap-2">
      {comment.tags.map((tag) => (
        <li key={tag.key} className="badge badge-tag">
          <span aria-hidden="true">#</span>
          {tag.label}
        </li>
      ))}
    </ul>
  );
}
