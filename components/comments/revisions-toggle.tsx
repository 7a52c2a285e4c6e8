"use client";

import { useFormatter, useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useState, useTransition } from "react";
import { revisionsAction, type RevisionView } from "@/app/[locale]/(site)/consultations/[slug]/objectives/[number]/actions";
import { LANGUAGES } from "@/lib/i18n/locales";
import { actionErrorMessage } from "./action-error";
import { DATE_TIME_FORMAT, toolButtonClass } from "./styles";

const CommentBody = dynamic(() => import("./comment-body").then((m) => m.CommentBody));

/** "Show earlier versions": loads a comment's revisions on demand (author and staff only). */
export function RevisionsToggle({ commentId }: { commentId: string }) {
  const t = useTranslations("comments");
  const tStances = useTranslations("stances");
  const tErrors = useTranslations("errors");
  const format = useFormatter();
  const [open, setOpen] = useState(false);
  const [revisions, setRevisions] = useState<RevisionView[]>();
  const [error, setError] = useState<string>();
  const [loading, startTransition] = useTransition();
  const panelId = `revisions-${commentId}`;

  const toggle = () => {
    const next = !open;
    setOpen(next);
    if (!next || revisions) return;
    setError(undefined);
    startTransition(async () => {
      try {
        const result = await revisionsAction({ commentId });
        if (result.ok) setRevisions(result.data ?? []);
        else setError(actionErrorMessage(result, tErrors));
      } catch {
        setError(tErrors("network"));
      }
    });
  };

  return (
    <>
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={toggle} className={toolButtonClass}>
        {open ? t("hideRevisions") : t("showRevisions")}
      </button>
      <div id={panelId} hidden={!open} aria-busy={loading || undefined} className="basis-full">
        <div aria-live="polite">
          {open && loading ? <p className="text-sm text-slate-600">{t("revisionsLoading")}</p> : null}
          {open && error ? <p className="text-sm font-medium text-red-700">{error}</p> : null}
          {open && revisions?.length === 0 ? <p className="text-sm text-slate-600">{t("noRevisions")}</p> : null}
        </div>
        {open && revisions && revisions.length > 0 ? (
          <ol className="mt-2 flex flex-col gap-3 border-s-2 border-slate-300 ps-4">
            {revisions.map((revision) => (
              <li key={revision.id} className="flex flex-col gap-1">
                <p className="text-sm text-slate-600">
                  {t.rich("revisionMeta", {
                    date: format.dateTime(new Date(revision.replacedAt), DATE_TIME_FORMAT),
                    stance: tStances(revision.stance),
                    language: LANGUAGES.find((l) => l.code === revision.locale)?.name ?? revision.locale,
                    time: (chunks) => <time dateTime={new Date(revision.replacedAt).toISOString()}>{chunks}</time>,
                  })}
                </p>
                <div lang={revision.locale} dir="auto" className="text-slate-800">
                  <CommentBody text={revision.body} />
                </div>
              </li>
            ))}
          </ol>
        ) : null}
      </div>
    </>
  );
}
