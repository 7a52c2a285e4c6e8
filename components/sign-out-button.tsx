import { useTranslations } from "next-intl";
import { signOutAction } from "@/app/[locale]/(site)/sign-in/actions";

/** A form, not a link: signing out changes state, so it is a POST and works without JavaScript. */
export function SignOutButton() {
  const t = useTranslations("nav");
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded px-2 py-1 text-brand-800 underline-offset-4 hover:underline">
        {t("signOut")}
      </button>
    </form>
  );
}
