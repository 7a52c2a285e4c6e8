import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { Actor } from "@/lib/auth/actor";
import type { Denial } from "@/lib/auth/policy";
import { Link } from "@/lib/i18n/navigation";

/** What a staff page says instead of its content to whoever may not see it: why, and where to sign in. */
export async function Refusal({ actor, reason, title, callbackUrl }: { actor: Actor; reason: Denial; title: string; callbackUrl: string }) {
  const [t, tErrors] = await Promise.all([getTranslations("moderationWorkspace"), getTranslations("errors")]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-semibold">{title}</h1>
      <Alert tone="info">{tErrors(`forbidden.${reason}`)}</Alert>
      {actor.kind === "anonymous" ? (
        <p>
          <Link href={{ pathname: "/sign-in", query: { callbackUrl } }} className="font-medium text-brand-800 underline">
            {t("signIn")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
