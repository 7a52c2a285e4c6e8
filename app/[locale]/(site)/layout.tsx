import type { ReactNode } from "react";
import { PageFrame } from "@/components/page-frame";
import { getActor } from "@/lib/auth/current-actor";

// Every page here reads the session (the header does) and the database: none is prerendered.
export const dynamic = "force-dynamic";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  return <PageFrame actor={await getActor()}>{children}</PageFrame>;
}
