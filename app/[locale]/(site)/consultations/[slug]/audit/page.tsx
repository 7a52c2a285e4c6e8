import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import NextLink from "next/link";
import { AuditState } from "@/components/admin/audit-change";
import { AuditFilters } from "@/components/admin/audit-filters";
import { DataTable, cellClass } from "@/components/admin/data-table";
import { actionLabel } from "@/components/admin/audit-labels";
import { Refusal } from "@/components/admin/refusal";
import { Breadcrumb } from "@/components/breadcrumb";
import { queryHref, toURLSearchParams } from "@/components/thread/query";
import { listAuditLog, auditFilterOptions, type AuditEntry } from "@/lib/audit/queries";
import { auditQuerySchema } from "@/lib/audit/schemas";
import { can, ForbiddenError } from "@/lib/auth/policy";
import { loadConsultationPage } from "@/lib/consultations/load-page";
import { Link } from "@/lib/i18n/navigation";
import { firstValues } from "@/lib/search-params";

type Params = Promise<{ locale: string; slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, locale } = await params;
  const [{ consultation }, t] = await Promise.all([loadConsultationPage(slug), getTranslations({ locale, namespace: "auditLog" })]);
  return { title: `${t("title")} · ${consultation.title}` };
}

/** Every staff action on the consultation (and platform-wide ones), newest first, filterable. */
export default async function AuditPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const search = firstValues(await searchParams);
  const query = auditQuerySchema.parse(search);
  const [{ actor, consultation }, t, tConsultation, format, label] = await Promise.all([
    loadConsultationPage(slug),
    getTranslations("auditLog"),
    getTranslations("consultation"),
    getFormatter(),
    actionLabel(),
  ]);
  let page, options;
  try {
    [page, options] = await Promise.all([listAuditLog(actor, consultation, query), auditFilterOptions(actor, consultation)]);
  } catch (error) {
    if (error instanceof ForbiddenError) return <Refusal title={t("title")} reason={error.reason} />;
    throw error;
  }
  const base = `/consultations/${consultation.slug}`;
  const path = `${base}/audit`;
  const linkToAccounts = can(actor, "participant.suspendPlatform");
  const filters = toURLSearchParams(search);
  filters.delete("after");
  const next = page.nextCursor ? new URLSearchParams([...filters, ["after", page.nextCursor]]) : null;

  function target(row: AuditEntry) {
    const link = "text-brand-800 underline underline-offset-4";
    if (row.targetType === "comment" && row.commentObjective !== null && row.commentRootId) {
      return (
        <Link
          href={{ pathname: `${base}/objectives/${row.commentObjective}`, query: { at: row.commentRootId }, hash: `comment-${row.targetId}` }}
          className={link}
        >
          {t("commentOn", { number: row.commentObjective })}
        </Link>
      );
    }
    if (row.targetType === "user" && row.targetName) {
      const name = <bdi>{row.targetName}</bdi>;
      return linkToAccounts && row.targetEmail ? (
        <Link href={{ pathname: "/admin/suspensions", query: { q: row.targetEmail } }} className={link}>
          {name}
        </Link>
      ) : (
        name
      );
    }
    return t("goneTarget", { type: row.targetType });
  }

  return (
    <div className="flex flex-col gap-8">
      <Breadcrumb label={tConsultation("breadcrumb")} trail={[{ href: base, label: consultation.title }]} current={t("title")} />
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      <AuditFilters query={query} actors={options.actors} actions={options.actions} path={path} />
      <section aria-labelledby="audit-entries-heading" className="flex flex-col gap-4">
        <h2 id="audit-entries-heading" className="text-xl font-semibold">
          {t("entries")}
        </h2>
        {page.rows.length === 0 ? (
          <p role="status">{t("empty")}</p>
        ) : (
          <DataTable caption={t("caption")} columns={[t("time"), t("actor"), t("action"), t("target"), t("change"), t("reason")]}>
            {page.rows.map((row) => (
              <tr key={row.id}>
                <td className={cellClass}>
                  <time dateTime={row.at.toISOString()}>
                    {format.dateTime(row.at, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })}
                  </time>
                </td>
                <td className={cellClass}>{row.actorId === null ? t("system") : row.actorName ? <bdi>{row.actorName}</bdi> : t("unknownAccount")}</td>
                <th scope="row" className={`${cellClass} text-start font-medium`}>
                  {label(row.action)}
                  {row.platformWide ? <span className="block font-normal text-slate-600">{t("platformWide")}</span> : null}
                </th>
                <td className={cellClass}>{target(row)}</td>
                <td className={cellClass}>
                  <div className="flex flex-wrap items-start gap-2">
                    <AuditState state={row.before} />
                    <span aria-hidden="true" className="inline-block rtl:rotate-180">→</span>
                    <span className="sr-only">{t("becomes")}</span>
                    <AuditState state={row.after} />
                  </div>
                </td>
                <td className={cellClass} dir="auto">{row.reason}</td>
              </tr>
            ))}
          </DataTable>
        )}
        {next || query.after ? (
        <nav aria-label={t("pages")} className="flex flex-wrap gap-4">
          {next ? (
            <NextLink href={queryHref(next)} className="text-brand-800 underline underline-offset-4">
              {t("older")}
            </NextLink>
          ) : null}
          {query.after ? (
            <NextLink href={queryHref(filters)} className="text-brand-800 underline underline-offset-4">
              {t("newest")}
            </NextLink>
          ) : null}
        </nav>
        ) : null}
      </section>
    </div>
  );
}
