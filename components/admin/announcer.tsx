"use client";

import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";

const AnnounceContext = createContext<(message: string) => void>(() => {});

/**
 * Where the outcome of a decision taken in a list is said. The item decided on usually leaves the
 * list, taking the focus with it: the message takes the focus instead, and is announced.
 */
export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<{ text: string }>();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return (
    <AnnounceContext value={(text) => setMessage({ text })}>
      <div role="status">
        {message ? (
          <p ref={ref} tabIndex={-1} className="rounded border-s-4 border-green-700 bg-green-50 px-4 py-3 text-green-900">
            {message.text}
          </p>
        ) : null}
      </div>
      {children}
    </AnnounceContext>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
