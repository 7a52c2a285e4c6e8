import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Catalog } from "@/lib/i18n/catalog";
import { pickMessages, type ClientScope } from "@/lib/i18n/client-messages";

/** Hands client components the messages of their part of the site, and no others. */
export async function ClientMessages({ scope, children }: { scope: ClientScope; children: ReactNode }) {
  const messages = (await getMessages()) as Catalog;
  return <NextIntlClientProvider messages={pickMessages(messages, scope)}>{children}</NextIntlClientProvider>;
}

/** A layout for a staff area: its pages' client components read the staff namespaces too. */
export function StaffAreaLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scope="staff">{children}</ClientMessages>;
}
