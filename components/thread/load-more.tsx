"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition, type MouseEvent, type ReactNode } from "react";

/** A server action rendering the thread's page after `cursor`. */
export type LoadMoreAction = (cursor: string) => Promise<{ content: ReactNode; nextCursor: string | null }>;

function hrefFor(base: string, cursor: string): string {
  const params = new URLSearchParams(base);
  params.set("after", cursor);
  return `?${params.toString()}`;
}

const linkClass =
  "inline-block rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50";

/**
 * The "load more" link. Without `loadMore` (or without JavaScript) it is a plain link to the next
 * page; with it, the next page is appended here and the focus moves to its start.
 */
export function LoadMore({ base, cursor, loadMore }: { base: string; cursor: string; loadMore?: LoadMoreAction }) {
  const t = useTranslations("threadControls");
  const [pages, setPages] = useState<{ cursor: string; content: ReactNode }[]>([]);
  const [next, setNext] = useState<string | null>(cursor);
  const [pending, startTransition] = useTransition();
  const lastPage = useRef<HTMLDivElement>(null);
  const shown = useRef(0);

  useEffect(() => {
    if (pages.length > shown.current) lastPage.current?.focus();
    shown.current = pages.length;
  }, [pages.length]);

  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (!loadMore || !next) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (pending) return;
    const after = next;
    startTransition(async () => {
      try {
        const result = await loadMore(after);
        setPages((current) => [...current, { cursor: after, content: result.content }]);
        setNext(result.nextCursor);
      } catch {
        // Offline, or the server failed: the plain link still leads to that page.
        window.location.assign(hrefFor(base, after));
      }
    });
  }

  return (
    <>
      {pages.map((page, index) => (
        <div
          key={page.cursor}
          ref={index === pages.length - 1 ? lastPage : undefined}
          tabIndex={-1}
          aria-label={t("morePage", { page: index + 2 })}
          role="group"
          className="w-full"
        >
          {page.content}
        </div>
      ))}
      {next ? (
        <a href={hrefFor(base, next)} onClick={onClick} aria-disabled={pending || undefined} className={linkClass}>
          {pending ? t("loadingMore") : t("loadMore")}
        </a>
      ) : (
        <p role="status" className="text-slate-700">
          {t("allShown")}
        </p>
      )}
    </>
  );
}
