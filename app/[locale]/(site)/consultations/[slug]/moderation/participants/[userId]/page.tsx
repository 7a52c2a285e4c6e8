import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumb } from "@/components/breadcrumb";
import { DATE_TIME_FORMAT } from "@/components/comments/styles";
import { ParticipantNoteForm } from "@/components/moderation/note-form";
import { NotesList } from "@/components/moderation/notes-list";
import { Refusal } from "@/components/moderation/refusal";
import { LiftButton, SuspendForm } from "@/components/moderation/suspend-form";
import { excerpt } from "@/components/plain-text";
import { NotFoundError } from "@/lib/errors";
import { countryName } from "@/lib/geo/countries";
import { Link } from "@/lib/i18n/navigation";
import { getParticipant, PARTICIPANT_COMMENTS_LIMIT } from "@/lib/moderation/participants";
import { loadStaffPage } from "../../load";

type Params = Promise<{ locale: string; slug: string; userId: string }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// Cached per request: the metadata and the page share one lookup.
const load = cache(async (slug: string, userId: string) => {
  if (!UUID.test(userId)) notFound();
  const page = await loadStaffPage(slug, "moderation.view");
  if (!page.access.ok) return { ...page, participant: null };
  try {
    return { ...page, participant: await getParticipant(page.actor, page.consultation, userId) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug, userId } = await params;
  const [{ participant }, t] = await Promise.all([load(slug, userId), getTranslations({ locale, namespace: "participantPage" })]);
  return { title: participant ? participant.profile.name : t("title") };
}

const cell = "border-b border-slate-200 px-3 py-2 text-start align-top";

export default async function ParticipantPage({ params }: { params: Params }) {
  const { locale, slug, userId } = await params;
  setRequestLocale(locale);
  const [{ actor, consultation, access, participant }, t, tWorkspace, tGroups, tStatus, tAffiliation, tPreferences, format] = await Promise.all([
    load(slug, userId),
    getTranslations("participantPage"),
    getTranslations("moderationWorkspace"),
    getTranslations("stakeholderGroups"),
    getTranslations("commentStatus"),
    getTranslations("affiliation"),
    getTranslations("publicationPreferences"),
    getFormatter(),
  ]);
  const base = `/consultations/${consultation.slug}`;
  if (!access.ok || !participant) {
    return (
      <Refusal
        actor={actor}
        reason={access.ok ? "notStaff" : access.reason}
        title={t("title")}
        callbackUrl={`/${locale}${base}/moderation/participants/${userId}`}
      />
    );
  }
  const { profile, comments, notes, suspensions } = participant;
  const when = (date: Date) => <time dateTime={date.toISOString()}>{format.dateTime(date, DATE_TIME_FORMAT)}</time>;
  const activeHere = suspensions.some((s) => s.active && s.consultationId === consultation.id);
  const self = actor.kind === "user" && actor.id === profile.id;

  return (
    <div className="flex flex-col gap-8">
      <Breadcrumb
        label={tWorkspace("breadcrumb")}
        trail={[
          { href: base, label: consultation.title },
          { href: `${base}/moderation`, label: tWorkspace("title") },
        ]}
        current={profile.name}
      />
      <header className="flex flex-col gap-3">
        <h1 dir="auto" className="text-3xl font-semibold">
          {profile.name}
        </h1>
        {activeHere ? <p className="font-medium text-red-800">{t("suspendedHere")}</p> : null}
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t("organization")}</dt>
          <dd dir="auto">{profile.organization || t("noOrganization")}</dd>
          <dt className="font-medium">{t("group")}</dt>
          <dd>{tGroups(profile.stakeholderGroup)}</dd>
          <dt className="font-medium">{t("country")}</dt>
          <dd>{countryName(profile.country, locale)}</dd>
          <dt className="font-medium">{t("affiliation")}</dt>
          <dd>{tAffiliation(profile.affiliationStatus)}</dd>
          <dt className="font-medium">{t("signs")}</dt>
          <dd>
            {tPreferences(profile.publicationPreference)}
            {profile.publicationPreference === "pseudonym" ? <> (<span dir="auto">{profile.pseudonym}</span>)</> : null}
          </dd>
          <dt className="font-medium">{t("memberSince")}</dt>
          <dd>{format.dateTime(profile.createdAt, { dateStyle: "medium", timeZone: "UTC" })}</dd>
        </dl>
      </header>

      <section aria-labelledby="comments-heading" className="flex flex-col gap-3">
        <h2 id="comments-heading" className="text-xl font-semibold">
          {t("comments", { count: comments.length })}
        </h2>
        {comments.length === 0 ? (
          <p className="text-slate-700">{t("noComments")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-sm">
              <caption className="mb-2 text-start text-slate-700">{t("commentsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>{t("colObjective")}</th>
                  <th scope="col" className={cell}>{t("colComment")}</th>
                  <th scope="col" className={cell}>{t("colStatus")}</th>
                  <th scope="col" className={cell}>{t("colFlags")}</th>
                  <th scope="col" className={cell}>{t("colWritten")}</th>
                </tr>
              </thead>
              <tbody>
                {comments.map((c) => (
                  <tr key={c.id}>
                    <td className={cell}>{c.objectiveNumber}</td>
                    <th scope="row" className={`${cell} font-normal`}>
                      <Link
                        href={{ pathname: `${base}/objectives/${c.objectiveNumber}`, query: { at: c.rootId }, hash: `comment-${c.id}` }}
                        className="text-brand-800 underline underline-offset-4"
                      >
                        <span dir="auto">{excerpt(c.body, 120)}</span>
                      </Link>
                    </th>
                    <td className={cell}>
                      {tStatus(c.status)}
                      {c.deleted ? ` · ${t("deleted")}` : ""}
                    </td>
                    <td className={cell}>{c.flagCount}</td>
                    <td className={cell}>{when(c.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {comments.length >= PARTICIPANT_COMMENTS_LIMIT ? <p className="text-sm text-slate-600">{t("limited", { count: comments.length })}</p> : null}
          </div>
        )}
      </section>

      <section aria-labelledby="notes-heading" className="flex flex-col gap-3">
        <h2 id="notes-heading" className="text-xl font-semibold">
          {t("notes")}
        </h2>
        <p className="text-sm text-slate-700">{t("notesIntro")}</p>
        <NotesList notes={notes} />
        <ParticipantNoteForm slug={consultation.slug} userId={profile.id} />
      </section>

      <section aria-labelledby="suspensions-heading" className="flex flex-col gap-3">
        <h2 id="suspensions-heading" className="text-xl font-semibold">
          {t("suspensions")}
        </h2>
        {suspensions.length === 0 ? (
          <p className="text-slate-700">{t("noSuspensions")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-sm">
              <caption className="mb-2 text-start text-slate-700">{t("suspensionsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>{t("colReason")}</th>
                  <th scope="col" className={cell}>{t("colScope")}</th>
                  <th scope="col" className={cell}>{t("colFrom")}</th>
                  <th scope="col" className={cell}>{t("colUntil")}</th>
                  <th scope="col" className={cell}>{t("colState")}</th>
                </tr>
              </thead>
              <tbody>
                {suspensions.map((s) => (
                  <tr key={s.id}>
                    <th scope="row" dir="auto" className={`${cell} font-normal`}>
                      {s.reason}
                    </th>
                    <td className={cell}>{s.consultationId ? t("scopeHere") : t("scopePlatform")}</td>
                    <td className={cell}>
                      {when(s.startsAt)} {s.createdBy ? t("by", { name: s.createdBy }) : null}
                    </td>
                    <td className={cell}>{s.endsAt ? when(s.endsAt) : t("openEnded")}</td>
                    <td className={cell}>
                      {s.active ? (
                        <strong>{t("active")}</strong>
                      ) : s.liftedAt ? (
                        <>
                          {t("liftedOn")} {when(s.liftedAt)} {s.liftedBy ? t("by", { name: s.liftedBy }) : null}
                        </>
                      ) : (
                        t("ended")
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {activeHere ? <LiftButton slug={consultation.slug} userId={profile.id} /> : null}
      </section>

      {!activeHere && !self ? (
        <section aria-labelledby="suspend-heading" className="flex flex-col gap-3">
          <h2 id="suspend-heading" className="text-xl font-semibold">
            {t("suspendHeading")}
          </h2>
          <p className="text-sm text-slate-700">{t("suspendIntro")}</p>
          <SuspendForm slug={consultation.slug} userId={profile.id} />
        </section>
      ) : null}
    </div>
  );
}
