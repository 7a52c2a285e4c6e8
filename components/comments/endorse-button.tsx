"use client";

import { useLocale, useTranslations } from "next-intl";
import { useOptimistic, useState, useTransition } from "react";
import { endorseAction } from "@/app/[locale]/(site)/consultations/[slug]/objectives/[number]/actions";
import type { StakeholderGroup } from "@/lib/domain-values";
import { actionErrorMessage } from "./action-error";
import { useDiscussion } from "./discussion-context";
import { endorsementBreakdown, type EndorsementsByGroup } from "./endorsement-summary";
import { toolButtonClass } from "./styles";

interface EndorsementView {
  endorsed: boolean;
  count: number;
  byGroup: EndorsementsByGroup;
}

function toggled(state: EndorsementView, endorse: boolean, group: StakeholderGroup | null): EndorsementView {
  if (state.endorsed === endorse) return state;
  const delta = endorse ? 1 : -1;
  const byGroup = { ...state.byGroup };
  if (group) byGroup[group] = Math.max(0, (byGroup[group] ?? 0) + delta);
  return { endorsed: endorse, count: Math.max(0, state.count + delta), byGroup };
}

/**
 * Endorse / withdraw, as a toggle button whose count changes at once; the server's answer (or the
 * refreshed page) then sets the real figures. The breakdown by stakeholder group describes the button.
 */
export function EndorseButton({
  commentId,
  endorsed,
  count,
  byGroup,
}: {
  commentId: string;
  endorsed: boolean;
  count: number;
  byGroup: EndorsementsByGroup;
}) {
  const t = useTranslations("comments");
  const tShort = useTranslations("stakeholderGroupsShort");
  const tErrors = useTranslations("errors");
  const locale = useLocale();
  const { viewerGroup, announce } = useDiscussion();

  // The server's figures, replaced by an action's answer until the page brings newer ones.
  const fromProps: EndorsementView = { endorsed, count, byGroup };
  const propsKey = JSON.stringify(fromProps);
  const [confirmed, setConfirmed] = useState({ key: propsKey, view: fromProps });
  const base = confirmed.key === propsKey ? confirmed.view : fromProps;
  const [view, setOptimistic] = useOptimistic(base, (state, endorse: boolean) => toggled(state, endorse, viewerGroup));
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();

  const toggle = () => {
    if (pending) return;
    const endorse = !view.endorsed;
    setError(undefined);
    startTransition(async () => {
      setOptimistic(endorse);
      try {
        const result = await endorseAction({ commentId, endorse });
        if (result.ok && result.data) {
          const data = result.data;
          startTransition(() =>
            setConfirmed({
              key: propsKey,
              view: { endorsed: data.endorsed, count: data.endorsementCount, byGroup: data.endorsementsByGroup },
            }),
          );
          announce(data.endorsed ? t("endorsedAnnouncement") : t("unendorsedAnnouncement"));
        } else if (!result.ok) {
          setError(actionErrorMessage(result, tErrors));
        }
      } catch {
        setError(tErrors("network"));
      }
    });
  };

  const summaryId = `endorsements-${commentId}`;
  const breakdown = endorsementBreakdown(view.byGroup, locale, (group, n) => t("endorsementGroup", { count: n, group: tShort(group) }));
  return (
    <>
      <button
        type="button"
        aria-pressed={view.endorsed}
        aria-describedby={summaryId}
        aria-busy={pending || undefined}
        onClick={toggle}
        className={`${toolButtonClass} border ${view.endorsed ? "border-brand-700 bg-brand-50" : "border-slate-300"}`}
      >
        <span aria-hidden="true">{view.endorsed ? "✓" : "+"}</span>
        {t("endorse")}
      </button>
      <span id={summaryId} className="text-sm text-slate-700">
        {t("endorsementCount", { count: view.count })}
        {breakdown ? <span className="text-slate-600"> ({breakdown})</span> : null}
      </span>
      {error ? (
        <p role="alert" className="basis-full text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}
