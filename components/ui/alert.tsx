import type { ReactNode } from "react";

const tones = {
  error: "border-red-700 bg-red-50 text-red-900",
  success: "border-green-700 bg-green-50 text-green-900",
  info: "border-brand-600 bg-brand-50 text-brand-900",
} as const;

/** A message about the whole form or page. Errors interrupt (role="alert"); others wait their turn. */
export function Alert({ tone, children }: { tone: keyof typeof tones; children: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded border-s-4 px-4 py-3 ${tones[tone]}`}>
      {children}
    </div>
  );
}
