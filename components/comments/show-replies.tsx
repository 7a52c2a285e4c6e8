"use client";

import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { useDiscussion } from "./discussion-context";

/**
 * "Show 3 replies" under a top-level comment whose replies were not sent with the page. A link to
 * the page with that thread open (so it works without JavaScript); with it, and `inPlace`, the
 * replies are fetched into this page and the focus moves to their toggle.
 * The label comes worded from the server: a plural here would build the browser's number and plural
 * formatters during hydration, one 30 ms task in the objective page's profile.
 */
export function ShowReplies({ rootId, label, href, inPlace }: { rootId: string; label: string; href: string; inPlace: boolean }) {
  const t = useTranslations("comments");
  const { openThread, openingThread } = useDiscussion();
  const pending = openingThread === rootId;

  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (!inPlace || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (!pending) openThread(rootId);
  }

  return (
    <p className="replies">
      <a href={href} onClick={onClick} aria-disabled={pending || undefined} className="replies-toggle inline-block">
        {pending ? t("loadingReplies") : label}
      </a>
    </p>
  );
}
