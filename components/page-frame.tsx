import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/actor";
import { SiteHeader } from "./site-header";

/** Header and main landmark around a page, for a reader known to the layout that renders it. */
export function PageFrame({ actor, children }: { actor: Actor; children: ReactNode }) {
  return (
    <>
      <SiteHeader actor={actor} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
