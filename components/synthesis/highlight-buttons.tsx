"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { highlightAction, moveHighlightAction } from "@/app/[locale]/(site)/consultations/[slug]/secretariat/synthesis/[number]/actions";
import type { ActionResult } from "@/lib/actions/result";

const buttonClass =
  "rounded border border-brand-700 bg-white px-3 py-1 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:cursor-not-allowed disabled:border-slate-300 disabled:text-slate-500";

/** Runs an action, then reloads the page's data; a refusal is shown beside the buttons. */
function useHighlightChange() {
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const run = (action: () => Promise<ActionResult>) =>
    startTransition(async () => {
      setError(undefined);
      let result: ActionResult;
      try {
        result = await action();
      } catch {
        setError(tErrors("network"));
        return;
      }
      if (!result.ok) setError(tErrors("error" in result ? result.error : "unexpected"));
      router.refresh();
    });
  return { pending, error, run };
}

function ErrorText({ error }: { error?: string }) {
  return error ? (
    <p role="alert" className="text-sm font-medium text-red-700">
      {error}
    </p>
  ) : null;
}

/** "Highlight" or "Remove highlight" for one comment; `describedBy` names the comment it acts on. */
export function HighlightToggle({
  objectiveId,
  commentId,
  highlighted,
  describedBy,
}: {
  objectiveId: string;
  commentId: string;
  highlighted: boolean;
  describedBy: string;
}) {
  const t = useTranslations("synthesis");
  const { pending, error, run } = useHighlightChange();
  return (
    <div className="flex flex-col gap-1">
      <div>
        <button
          type="button"
          className={buttonClass}
          disabled={pending}
          aria-describedby={describedBy}
          onClick={() => run(() => highlightAction({ objectiveId, commentId, highlight: !highlighted }))}
        >
          {highlighted ? t("removeHighlight") : t("highlight")}
        </button>
      </div>
      <ErrorText error={error} />
    </div>
  );
}

/** Moving a quote up or down in the compilation's order, and taking it out. */
export function HighlightOrderButtons({
  objectiveId,
  commentId,
  first,
  last,
  describedBy,
}: {
  objectiveId: string;
  commentId: string;
  first: boolean;
  last: boolean;
  describedBy: string;
}) {
  const t = useTranslations("synthesis");
  const { pending, error, run } = useHighlightChange();
  const move = (direction: "up" | "down") => run(() => moveHighlightAction({ objectiveId, commentId, direction }));
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass} disabled={pending || first} aria-describedby={describedBy} onClick={() => move("up")}>
          {t("moveUp")}
        </button>
        <button type="button" className={buttonClass} disabled={pending || last} aria-describedby={describedBy} onClick={() => move("down")}>
          {t("moveDown")}
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={pending}
          aria-describedby={describedBy}
          onClick={() => run(() => highlightAction({ objectiveId, commentId, highlight: false }))}
        >
          {t("removeHighlight")}
        </button>
      </div>
      <ErrorText error={error} />
    </div>
  );
}
