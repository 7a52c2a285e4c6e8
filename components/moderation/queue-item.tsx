import { getFormatter, getTranslations } from "next-intl/server";
import { CommentBody } from "@/components/comments/comment-body";
import { DATE_TIME_FORMAT } from "@/components/comments/styles";
import { excerpt } from "@/components/plain-text";
import type { FlagReason } from "@/lib/domain-values";
import { countryName } from "@/lib/geo/countries";
import { Link } from "@/lib/i18n/navigation";
import type { QueueDecision, QueueItem as Item } from "@/lib/moderation/queues";
import { reasonLabel } from "@/lib/moderation/reasons";
import { BULK_FORM_ID } from "./bulk-form";
import { DecisionControls } from "./decision-controls";
import { CommentNoteForm } from "./note-form";
import { NotesList } from "./notes-list";

/** Isolates a name typed by a participant, so a Latin name reads right in Arabic and vice versa. */
const isolate = (text: string) => `\u2068${text}\u2069`;

const STATUS_STYLES = {
  published: "border-green-700 bg-green-50 text-green-900",
  pending: "border-amber-600 bg-amber-50 text-amber-900",
  hidden: "border-slate-500 bg-slate-100 text-slate-800",
  rejected: "border-red-700 bg-red-50 text-red-900",
} as const;

/** One comment of a queue with all a moderator needs to decide: context, author, flags, history, notes. */
export async function QueueItem({ item, slug, locale }: { item: Item; slug: string; locale: string }) {
  const [t, tGroups, tStatus, tFlags, tReasons, format] = await Promise.all([
    getTranslations("moderationWorkspace"),
    getTranslations("stakeholderGroups"),
    getTranslations("commentStatus"),
    getTranslations("flagReasons"),
    getTranslations("moderationReasons"),
    getFormatter(),
  ]);
  const when = (date: Date) => <time dateTime={date.toISOString()}>{format.dateTime(date, DATE_TIME_FORMAT)}</time>;
  const headingId = `item-${item.id}-heading`;
  const name = isolate(item.author.name);
  const openFlags = item.flags.filter((f) => !f.resolved);
  const byReason = new Map<FlagReason, number>();
  for (const flag of item.flags) byReason.set(flag.reason, (byReason.get(flag.reason) ?? 0) + 1);
  const review = item.status !== "pending" && (item.reviewed === null || openFlags.length > 0);
  const reason = (d: QueueDecision) => (d.reasonCode ? reasonLabel(d.reasonCode, d.reasonLabel, tReasons) : null);

  return (
    <article id={`item-${item.id}`} aria-labelledby={headingId} className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4 shadow-sm">
      <header className="flex flex-col gap-1">
        <div className="flex items-start gap-3">
          {item.canModerate ? (
            <input
              type="checkbox"
              form={BULK_FORM_ID}
              name="commentIds"
              value={item.id}
              aria-label={t("select", { author: name })}
              className="mt-1 size-5 shrink-0"
            />
          ) : null}
          <h3 id={headingId} className="text-lg font-semibold">
            {item.depth === 0 ? t("commentBy", { author: name }) : t("replyBy", { author: name })}
          </h3>
        </div>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
          <span>{tGroups(item.author.stakeholderGroup)}</span>
          <span aria-hidden="true">·</span>
          <span>{item.author.organization || t("noOrganization")}</span>
          <span aria-hidden="true">·</span>
          <span>{countryName(item.author.country, locale)}</span>
          <span aria-hidden="true">·</span>
          <Link href={`/consultations/${slug}/moderation/participants/${item.author.id}`} className="font-medium text-brand-800 underline underline-offset-4">
            {t("participantLink", { author: name })}
          </Link>
        </p>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
          <span className={`rounded border px-2 py-0.5 font-medium ${STATUS_STYLES[item.status]}`}>{tStatus(item.status)}</span>
          <Link
            href={{ pathname: `/consultations/${slug}/objectives/${item.objective.number}`, query: { at: item.rootId }, hash: `comment-${item.id}` }}
            className="text-brand-800 underline underline-offset-4"
          >
            {t("inObjective", { number: item.objective.number, title: item.objective.shortTitle })}
          </Link>
          <span aria-hidden="true">·</span>
          {when(item.createdAt)}
          {item.editedAt ? <span className="italic">{t("edited")}</span> : null}
        </p>
      </header>

      {item.parent ? (
        <div className="rounded border-s-4 border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          <p className="font-medium">{t("inReplyTo")}</p>
          <p dir="auto">{item.parent.deleted ? t("parentDeleted") : excerpt(item.parent.body)}</p>
        </div>
      ) : null}

      <div lang={item.locale} dir="auto" className="text-slate-900">
        <CommentBody text={item.body} />
      </div>

      {item.reviewed ? (
        <p className="text-sm font-medium text-green-900">
          {t.rich("reviewedBy", { name: item.reviewed.by ?? t("formerStaff"), time: () => when(item.reviewed!.at) })}
        </p>
      ) : null}

      {item.flags.length > 0 ? (
        <section aria-labelledby={`${headingId}-flags`} className="flex flex-col gap-1">
          <h4 id={`${headingId}-flags`} className="font-semibold">
            {t("flags", { count: item.flags.length, open: openFlags.length })}
          </h4>
          <p className="text-sm text-slate-800">
            {[...byReason].map(([flagReason, count]) => t("flagReasonCount", { reason: tFlags(flagReason), count })).join(" · ")}
          </p>
          <ul className="flex flex-col gap-1 text-sm text-slate-800">
            {item.flags
              .filter((flag) => flag.note)
              .map((flag, index) => (
                <li key={index}>
                  <span className="font-medium">{tFlags(flag.reason)}</span>: <span dir="auto">{flag.note}</span> ({when(flag.at)})
                </li>
              ))}
          </ul>
        </section>
      ) : null}

      {item.decisions.length > 0 ? (
        <section aria-labelledby={`${headingId}-history`} className="flex flex-col gap-1">
          <h4 id={`${headingId}-history`} className="font-semibold">
            {t("history")}
          </h4>
          <ol className="flex flex-col gap-1 text-sm text-slate-800">
            {item.decisions.map((d, index) => (
              <li key={index}>
                {d.system
                  ? t("systemDecision", { reason: reason(d) ?? "" })
                  : t(`decisionBy.${d.action}`, { name: d.actorName ?? t("formerStaff") })}
                {!d.system && reason(d) ? <>: {reason(d)}</> : null}
                {d.reasonText ? <> — <span dir="auto">{d.reasonText}</span></> : null} ({when(d.at)})
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby={`${headingId}-notes`} className="flex flex-col gap-2">
        <h4 id={`${headingId}-notes`} className="font-semibold">
          {t("privateNotes")}
        </h4>
        <NotesList notes={item.notes} />
        <CommentNoteForm commentId={item.id} />
      </section>

      {item.canModerate ? (
        <DecisionControls commentId={item.id} status={item.status} review={review} />
      ) : (
        <p className="text-sm text-slate-700 italic">{t("ownComment")}</p>
      )}
    </article>
  );
}
