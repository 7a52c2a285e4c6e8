import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { DeclaredAffiliation } from "@/lib/moderation/affiliations";
import { countryName } from "@/lib/geo/countries";

/** What an account declared about itself, as the staff deciding on it read it. */
export async function DeclaredAffiliationDetails({
  account,
  since,
}: {
  account: DeclaredAffiliation;
  /** The date that matters in the list: since when it waits, or when it was verified. */
  since: { label: string; date: Date | null };
}) {
  const [t, tGroups, format, locale] = await Promise.all([
    getTranslations("verification"),
    getTranslations("stakeholderGroups"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="font-medium">{t("email")}</dt>
      <dd>{account.email}</dd>
      <dt className="font-medium">{t("organization")}</dt>
      <dd dir="auto">{account.organization || t("noOrganization")}</dd>
      <dt className="font-medium">{t("group")}</dt>
      <dd>{tGroups(account.stakeholderGroup)}</dd>
      <dt className="font-medium">{t("country")}</dt>
      <dd>{countryName(account.country, locale)}</dd>
      <dt className="font-medium">{since.label}</dt>
      <dd>{since.date ? <time dateTime={since.date.toISOString()}>{format.dateTime(since.date, { dateStyle: "medium" })}</time> : "—"}</dd>
    </dl>
  );
}
