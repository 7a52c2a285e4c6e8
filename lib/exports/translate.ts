import { createTranslator } from "next-intl";
import { loadCatalog } from "@/lib/i18n/catalog";

/** A message of the merged catalog by its full key ("exportFile.overview"), placeholders filled in. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The translator of a locale outside a page: route handlers build files and error messages with it. */
export async function translator(locale: string): Promise<Translate> {
  const t = createTranslator({ locale, messages: await loadCatalog(locale) });
  return (key, values) => (t as unknown as Translate)(key, values);
}
