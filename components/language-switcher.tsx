"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { LANGUAGES, UI_LOCALES } from "@/lib/i18n/locales";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { publicPath } from "@/lib/i18n/public-path";

/**
 * Links rather than a select: each language is named in itself and works without JavaScript. The
 * query is kept; a page rendered ahead of time (the visitors' copies) has none to keep.
 */
export function LanguageSwitcher() {
  return (
    <Suspense fallback={<LanguageLinks search="" />}>
      <LanguageLinksWithQuery />
    </Suspense>
  );
}

function LanguageLinksWithQuery() {
  return <LanguageLinks search={useSearchParams().toString()} />;
}

function LanguageLinks({ search }: { search: string }) {
  const t = useTranslations("nav");
  const current = useLocale();
  const pathname = publicPath(usePathname());
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <nav aria-label={t("language")}>
      <ul className="flex gap-1 text-sm">
        {LANGUAGES.filter((l) => (UI_LOCALES as readonly string[]).includes(l.code)).map((language) => (
          <li key={language.code}>
            <Link
              href={href}
              locale={language.code as (typeof UI_LOCALES)[number]}
              lang={language.code}
              hrefLang={language.code}
              aria-current={language.code === current ? "true" : undefined}
              className={`rounded px-2 py-1 ${language.code === current ? "bg-brand-100 font-semibold text-brand-900" : "text-brand-800 hover:underline"}`}
            >
              {language.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
