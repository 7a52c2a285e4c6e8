import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Announcer } from "@/components/admin/announcer";
import { DataTable, cellClass } from "@/components/admin/data-table";
import { LiftSuspensionForm } from "@/components/admin/lift-suspension-form";
import { Refusal } from "@/components/admin/refusal";
import { SuspensionForm } from "@/components/admin/suspension-form";
import { Breadcrumb } from "@/components/breadcrumb";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { getActor } from "@/lib/auth/current-actor";
import { ForbiddenError } from "@/lib/auth/policy";
import { getPathname } from "@/lib/i18n/navigation";
import { firstValues } from "@/lib/search-params";
import { findAccounts, listPlatformSuspensions } from "@/lib/users/directory";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "platformSuspensions" });
  return { title: t("title") };
}

const MAX_QUERY = 200;

/** Admins find an account and suspend it from the whole platform, or lift a suspension in force. */
export default async function SuspensionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = (firstValues(await searchParams).q ?? "").trim().slice(0, MAX_QUERY);
  const [t, tAdmin, tConsultation, tGroups, format, actor] = await Promise.all([
    getTranslations("platformSuspensions"),
    getTranslations("adminHome"),
    getTranslations("consultation"),
    getTranslations("stakeholderGroups"),
    getFormatter(),
    getActor(),
  ]);
  let found, active;
  try {
    [found, active] = await Promise.all([findAccounts(actor, query), listPlatformSuspensions(actor)]);
  } catch (error) {
    if (error instanceof ForbiddenError) return <Refusal title={t("title")} reason={error.reason} />;
    throw error;
  }
  const self = actor.kind === "user" ? actor.id : undefined;
  const date = (value: Date) => <time dateTime={value.toISOString()}>{format.dateTime(value, { dateStyle: "medium" })}</time>;
  return (
    <div className="flex flex-col gap-8">
      <Breadcrumb label={tConsultation("breadcrumb")} trail={[{ href: "/admin", label: tAdmin("title") }]} current={t("title")} />
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      <Announcer>
        <section aria-labelledby="find-heading" className="flex flex-col gap-4">
          <h2 id="find-heading" className="text-xl font-semibold">
            {t("findHeading")}
          </h2>
          <form method="get" action={getPathname({ href: "/admin/suspensions", locale })} role="search" className="flex flex-wrap items-end gap-2">
            <div className="flex min-w-0 flex-1 flex-col gap-1">
              <label htmlFor="account-search" className="font-medium text-slate-800">
                {t("searchLabel")}
              </label>
              <input id="account-search" type="search" name="q" defaultValue={query} maxLength={MAX_QUERY} className={inputClass} />
            </div>
            <Button type="submit">{t("searchSubmit")}</Button>
          </form>
          {query ? (
            <>
              <p role="status">{t("results", { count: found.length, query })}</p>
              <ol className="flex flex-col gap-4">
                {found.map((account) => (
                  <li key={account.id} aria-labelledby={`account-${account.id}`} className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4 shadow-sm">
                    <h3 id={`account-${account.id}`} dir="auto" className="text-lg font-semibold">
                      {account.name}
                    </h3>
                    <p className="text-sm text-slate-700">
                      {account.email} · {tGroups(account.stakeholderGroup)}
                      {account.organization ? <bdi> · {account.organization}</bdi> : null}
                    </p>
                    {account.suspended ? (
                      <p className="font-medium">{t("alreadySuspended")}</p>
                    ) : account.id === self ? (
                      <p className="font-medium">{t("yourAccount")}</p>
                    ) : (
                      <SuspensionForm userId={account.id} name={account.name} />
                    )}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </section>
        <section aria-labelledby="active-heading" className="flex flex-col gap-4">
          <h2 id="active-heading" className="text-xl font-semibold">
            {t("activeHeading", { count: active.length })}
          </h2>
          {active.length === 0 ? (
            <p>{t("activeEmpty")}</p>
          ) : (
            <DataTable caption={t("activeCaption")} columns={[t("account"), t("reason"), t("since"), t("until"), t("decidedBy"), t("actions")]}>
              {active.map((s) => (
                <tr key={s.id}>
                  <th scope="row" className={`${cellClass} text-start font-medium`}>
                    <bdi>{s.name}</bdi>
                    <span className="block font-normal text-slate-600">{s.email}</span>
                  </th>
                  <td className={cellClass} dir="auto">{s.reason}</td>
                  <td className={cellClass}>{date(s.startsAt)}</td>
                  <td className={cellClass}>{s.endsAt ? date(s.endsAt) : t("noEnd")}</td>
                  <td className={cellClass}>{s.createdBy ? <bdi>{s.createdBy}</bdi> : t("unknownAccount")}</td>
                  <td className={cellClass}>
                    <LiftSuspensionForm userId={s.userId} name={s.name} />
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>
      </Announcer>
    </div>
  );
}
