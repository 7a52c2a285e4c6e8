"use client";

import { useRouter } from "next/navigation";
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, useTransition, type ReactNode } from "react";
import { openThreadsOf, withOpenThread } from "@/lib/comments/open-threads";
import { repliesToggleId } from "./anchors";
import type { StakeholderGroup } from "@/lib/domain-values";

export interface TagOption {
  key: string;
  label: string;
}

export interface LanguageOption {
  code: string;
  name: string;
}

/** What every composer and comment tool of one objective page shares, sent once rather than per comment. */
export interface DiscussionOptions {
  objectiveId: string;
  /** The consultation's guiding-principle tags. */
  principles: TagOption[];
  /** Languages comments may be written in. */
  languages: LanguageOption[];
  /** The language a new comment starts in: the interface's, when the consultation offers it. */
  defaultLanguage: string;
  /** The reader's stakeholder group, for optimistic endorsement counts. */
  viewerGroup: StakeholderGroup | null;
}

interface RefreshTarget {
  focusId?: string;
  fallbackId?: string;
  threadId?: string;
}

interface Discussion extends DiscussionOptions {
  /** Says something politely, in a live region that outlives the form that asked. */
  announce: (message: string) => void;
  /**
   * Reloads the thread from the server, with the replies of `threadId` (a top-level comment) shown,
   * then moves focus to the element with `focusId` (opening the replies around it), or to
   * `fallbackId` when it is not on this page.
   */
  refresh: (target?: RefreshTarget) => void;
  /** Shows the replies of a top-level comment (read from the server), then focuses their toggle. */
  openThread: (rootId: string) => void;
  /** The thread being opened, while its replies are on their way. */
  openingThread: string | null;
}

const DiscussionContext = createContext<Discussion | null>(null);

export function useDiscussion(): Discussion {
  const value = use(DiscussionContext);
  if (!value) throw new Error("useDiscussion outside <DiscussionProvider>");
  return value;
}

function focusElement(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  for (let details = element.closest("details"); details; details = details.parentElement?.closest("details") ?? null) {
    details.open = true;
  }
  element.focus();
  return document.activeElement === element;
}

export function DiscussionProvider({ options, children }: { options: DiscussionOptions; children: ReactNode }) {
  const router = useRouter();
  const [isRefreshing, startTransition] = useTransition();
  const focusAfterRefresh = useRef<{ id?: string; fallback?: string } | null>(null);
  const [message, setMessage] = useState("");
  const clearTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const announce = useCallback((text: string) => {
    // Emptied first so the same message said twice is heard twice.
    setMessage("");
    clearTimeout(clearTimer.current);
    clearTimer.current = setTimeout(() => {
      setMessage(text);
      clearTimer.current = setTimeout(() => setMessage(""), 10_000);
    }, 100);
  }, []);

  useEffect(() => () => clearTimeout(clearTimer.current), []);

  const [openingThread, setOpeningThread] = useState<string | null>(null);

  const reload = useCallback(
    ({ focusId, fallbackId, threadId }: RefreshTarget, opening: string | null) => {
      setOpeningThread(opening);
      focusAfterRefresh.current = { id: focusId, fallback: fallbackId };
      startTransition(() => {
        // The shown threads live in the URL, so a reload, a shared link and the next refresh keep them.
        const url = new URL(window.location.href);
        const open = url.searchParams.get("replies");
        if (!threadId || openThreadsOf(open).includes(threadId)) return router.refresh();
        url.searchParams.set("replies", withOpenThread(open, threadId));
        router.replace(`${url.pathname}${url.search}`, { scroll: false });
      });
    },
    [router],
  );
  const refresh = useCallback((target: RefreshTarget = {}) => reload(target, null), [reload]);
  const openThread = useCallback(
    (rootId: string) => reload({ focusId: repliesToggleId(rootId), threadId: rootId }, rootId),
    [reload],
  );

  useEffect(() => {
    const target = focusAfterRefresh.current;
    if (isRefreshing || !target) return;
    focusAfterRefresh.current = null;
    if (target.id && focusElement(target.id)) return;
    if (target.fallback) focusElement(target.fallback);
  }, [isRefreshing]);

  const opening = isRefreshing ? openingThread : null;
  const value = useMemo(
    () => ({ ...options, announce, refresh, openThread, openingThread: opening }),
    [options, announce, refresh, openThread, opening],
  );
  return (
    <DiscussionContext value={value}>
      {children}
      <div
        role="status"
        aria-live="polite"
        className={
          message
            ? "fixed inset-x-4 bottom-4 z-40 rounded border-s-4 border-green-700 bg-green-50 px-4 py-3 font-medium text-green-900 shadow-lg sm:start-auto sm:end-4 sm:max-w-sm"
            : "sr-only"
        }
      >
        {message}
      </div>
    </DiscussionContext>
  );
}
