import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";

// Requests outside any locale (paths the proxy does not route, such as /x.txt) land here.
export default async function GlobalNotFound() {
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: "notFound" });
  return (
    <html lang={DEFAULT_LOCALE}>
      <body className="mx-auto max-w-2xl p-8">
        <main>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-4">{t("text")}</p>
          <p className="mt-4">
            <Link className="text-brand-700 underline" href={`/${DEFAULT_LOCALE}`}>
              {t("home")}
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
