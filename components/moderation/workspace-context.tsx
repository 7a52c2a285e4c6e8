"use client";

import { useRouter } from "next/navigation";
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, useTransition, type ReactNode } from "react";

export interface ReasonOption {
  code: string;
  label: string;
}

/** What every decision form of a moderation page shares, sent once rather than per item. */
export interface WorkspaceOptions {
  /** The consultation's templates, as the moderator reads them. */
  reasons: ReasonOption[];
  /** The element that takes the focus when the item decided on leaves the list. */
  focusAfterDecision: string;
}

interface Workspace extends WorkspaceOptions {
  /** Shows and says a message that outlives the form that asked (the item may leave the list). */
  notify: (tone: "success" | "error", text: string) => void;
  /** Reloads the page's data from the server, then moves the focus to `focusAfterDecision`. */
  refresh: () => void;
}

const WorkspaceContext = createContext<Workspace | null>(null);

export function useWorkspace(): Workspace {
  const value = use(WorkspaceContext);
  if (!value) throw new Error("useWorkspace outside <WorkspaceProvider>");
  return value;
}

const tones = {
  success: "border-green-700 bg-green-50 text-green-900",
  error: "border-red-700 bg-red-50 text-red-900",
};

export function WorkspaceProvider({ options, children }: { options: WorkspaceOptions; children: ReactNode }) {
  const router = useRouter();
  const [isRefreshing, startTransition] = useTransition();
  const focusPending = useRef(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const clearTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const notify = useCallback((tone: "success" | "error", text: string) => {
    // Emptied first so the same message said twice is heard twice.
    setMessage(null);
    clearTimeout(clearTimer.current);
    clearTimer.current = setTimeout(() => {
      setMessage({ tone, text });
      // Errors stay until the next message: they may need reading twice.
      if (tone === "success") clearTimer.current = setTimeout(() => setMessage(null), 10_000);
    }, 100);
  }, []);

  useEffect(() => () => clearTimeout(clearTimer.current), []);

  const refresh = useCallback(() => {
    focusPending.current = true;
    startTransition(() => router.refresh());
  }, [router]);

  useEffect(() => {
    if (isRefreshing || !focusPending.current) return;
    focusPending.current = false;
    document.getElementById(options.focusAfterDecision)?.focus();
  }, [isRefreshing, options.focusAfterDecision]);

  const value = useMemo(() => ({ ...options, notify, refresh }), [options, notify, refresh]);
  return (
    <WorkspaceContext value={value}>
      {children}
      <div
        role="status"
        aria-live="polite"
        className={
          message
            ? `fixed inset-x-4 bottom-4 z-40 rounded border-s-4 px-4 py-3 font-medium shadow-lg sm:start-auto sm:end-4 sm:max-w-sm ${tones[message.tone]}`
            : "sr-only"
        }
      >
        {message?.text}
      </div>
    </WorkspaceContext>
  );
}
