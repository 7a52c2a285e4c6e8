import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { ADMIN_TOOLS } from "@/lib/auth/admin-tools";
import { can } from "@/lib/auth/policy";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";

/** The header for this reader: their tools when signed in, sign-in and sign-up links otherwise. */
export async function SiteHeader({ actor }: { actor: Actor }) {
  const t = await getTranslations("nav");
  const linkClass = "rounded px-2 py-1 text-brand-800 underline-offset-4 hover:underline";
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-900">
          {t("brand")}
        </Link>
        <nav aria-label={t("main")} className="flex flex-wrap items-center gap-2">
          <Link href="/" className={linkClass}>
            {t("consultations")}
          </Link>
          {actor.kind === "user" ? (
            <>
              {ADMIN_TOOLS.some((tool) => can(actor, tool.action)) ? (
                <Link href="/admin" className={linkClass}>
                  {t("admin")}
                </Link>
              ) : null}
              <Link href="/account" className={linkClass}>
                {t("account")}
              </Link>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/sign-in" className={linkClass}>
                {t("signIn")}
              </Link>
              <Link
                href="/sign-up"
                className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800"
              >
                {t("signUp")}
              </Link>
            </>
          )}
        </nav>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
