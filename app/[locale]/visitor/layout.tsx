import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { PageFrame } from "@/components/page-frame";
import { ANONYMOUS } from "@/lib/auth/actor";

/** Pages rendered for visitors without a session, kept and shared by all of them (see lib/cache/visitor-front.ts). */
export default async function VisitorLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  // Set here too: the header's messages must not depend on the request's headers, which vary per visitor.
  setRequestLocale((await params).locale);
  return <PageFrame actor={ANONYMOUS}>{children}</PageFrame>;
}
