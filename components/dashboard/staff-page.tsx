import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { ForbiddenError, type Denial } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";

/** Runs a page's domain call; a refusal becomes its reason, for the page to show. */
export async function orRefusal<T>(load: () => Promise<T>): Promise<{ data: T } | { refused: Denial }> {
  try {
    return { data: await load() };
  } catch (error) {
    if (error instanceof ForbiddenError) return { refused: error.reason };
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** What a refused visitor sees instead of a staff page: why, and a way to sign in when that is the reason. */
export async function StaffRefusal({ reason, callbackUrl }: { reason: Denial; callbackUrl: string }) {
  const [t, tErrors] = await Promise.all([getTranslations("dashboard"), getTranslations("errors")]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-semibold">{t("refusedTitle")}</h1>
      <Alert tone="error">{tErrors(`forbidden.${reason}`)}</Alert>
      {reason === "signInRequired" ? (
        <p>
          <Link href={{ pathname: "/sign-in", query: { callbackUrl } }} className="font-medium text-brand-800 underline">
            {t("signIn")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
