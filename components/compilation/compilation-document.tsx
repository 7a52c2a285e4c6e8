import { getTranslations } from "next-intl/server";
import { CommentBody } from "@/components/comments/comment-body";
import { captionClass, cellClass, headCellClass, tableClass } from "@/components/dashboard/table-styles";
import { QuotedComment } from "@/components/synthesis/quoted-comment";
import { STANCES } from "@/lib/domain-values";
import type { Compilation } from "@/lib/compilation/data";
import { formatDay, periodText, regionLabel, totalRows, type Translate } from "@/lib/compilation/labels";
import { countryName } from "@/lib/geo/countries";

function DataTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: (string | number)[][] }) {
  return (
    <table className={`${tableClass} max-w-3xl`}>
      <caption className={captionClass}>{caption}</caption>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col" className={headCellClass}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, ...values]) => (
          <tr key={label}>
            <th scope="row" className={`${headCellClass} font-normal`}>
              {label}
            </th>
            {values.map((value, i) => (
              <td key={i} className={cellClass}>
                {value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The compilation as a page, laid out to print: the cover and method, then one page per objective
 * (counts, synthesis, quotes, official positions), then the annex when asked for.
 */
export async function CompilationDocument({ compilation, locale }: { compilation: Compilation; locale: string }) {
  const t = (await getTranslations()) as unknown as Translate;
  const group = (key: string) => t(`stakeholderGroups.${key}`);
  const heading = (o: { number: number; title: string }) => t("compilation.objectiveHeading", { number: o.number, title: o.title });
  return (
    <article aria-labelledby="compilation-title" className="flex flex-col gap-10">
      <header className="flex flex-col gap-2">
        <h1 id="compilation-title" className="text-3xl font-semibold">
          {t("compilation.title")}
        </h1>
        <p className="text-xl font-medium">{compilation.consultation.title}</p>
        <p>{periodText(t, compilation.consultation, locale)}</p>
        <p className="text-slate-700">{t("compilation.generated", { date: formatDay(compilation.generatedAt, locale) })}</p>
      </header>

      <nav aria-labelledby="contents-heading" className="flex flex-col gap-2">
        <h2 id="contents-heading" className="text-xl font-semibold">
          {t("compilation.tableOfContents")}
        </h2>
        <ol className="flex flex-col gap-1 ps-2">
          {compilation.objectives.map((o) => (
            <li key={o.id}>
              <a href={`#objective-${o.number}`} className="text-brand-800 underline underline-offset-2">
                {heading(o)}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <section aria-labelledby="method-heading" className="flex flex-col gap-4">
        <h2 id="method-heading" className="text-2xl font-semibold">
          {t("compilation.methodHeading")}
        </h2>
        <p className="max-w-3xl">{t("compilation.methodText")}</p>
        <DataTable caption={t("compilation.totalsCaption")} headers={[t("compilation.measure"), t("compilation.number")]} rows={totalRows(t, compilation.totals)} />
        <DataTable
          caption={t("compilation.byGroupCaption")}
          headers={[t("compilation.group"), t("compilation.comments"), t("compilation.participants")]}
          rows={compilation.byGroup.map((g) => [group(g.group), g.comments, g.participants])}
        />
        <DataTable
          caption={t("compilation.byRegionCaption")}
          headers={[t("compilation.region"), t("compilation.comments"), t("compilation.participants")]}
          rows={compilation.byRegion.map((r) => [regionLabel(t, r.region), r.comments, r.participants])}
        />
      </section>

      {compilation.objectives.map((objective) => (
        <section key={objective.id} id={`objective-${objective.number}`} aria-labelledby={`objective-${objective.number}-heading`} className="compilation-page flex flex-col gap-4">
          <h2 id={`objective-${objective.number}-heading`} className="text-2xl font-semibold">
            {heading(objective)}
          </h2>
          <h3 className="text-lg font-semibold">{t("compilation.countsHeading")}</h3>
          {objective.total === 0 ? (
            <p>{t("compilation.noComments")}</p>
          ) : (
            <DataTable
              caption={t("compilation.countsCaption", { number: objective.number })}
              headers={[t("compilation.group"), ...STANCES.map((s) => t(`stances.${s}`)), t("compilation.total")]}
              rows={objective.byGroupStance.map((g) => [group(g.group), ...STANCES.map((s) => g.byStance[s] ?? 0), g.total])}
            />
          )}
          <h3 className="text-lg font-semibold">{t("compilation.synthesisHeading")}</h3>
          {objective.synthesis.trim() ? (
            <div dir="auto" className="max-w-3xl">
              <CommentBody text={objective.synthesis} />
            </div>
          ) : (
            <p className="italic text-slate-700">{t("compilation.noSynthesis")}</p>
          )}
          <h3 className="text-lg font-semibold">{t("compilation.quotesHeading")}</h3>
          {objective.quotes.length === 0 ? (
            <p className="italic text-slate-700">{t("compilation.noQuotes")}</p>
          ) : (
            <ol className="flex flex-col gap-4">
              {objective.quotes.map((quote) => (
                <li key={quote.id}>
                  <QuotedComment comment={quote} idPrefix={`quote-${objective.number}`} />
                </li>
              ))}
            </ol>
          )}
          <h3 className="text-lg font-semibold">{t("compilation.officialHeading")}</h3>
          {objective.officialPositions.length === 0 ? (
            <p className="italic text-slate-700">{t("compilation.noOfficial")}</p>
          ) : (
            <ul className="flex flex-col gap-4">
              {objective.officialPositions.map((position) => (
                <li key={position.id} className="flex flex-col gap-1">
                  <p className="font-semibold">{countryName(position.author.country, locale)}</p>
                  <QuotedComment comment={position} idPrefix={`official-${objective.number}`} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}

      {compilation.withAnnex ? (
        <section aria-labelledby="annex-heading" className="compilation-page flex flex-col gap-6">
          <h2 id="annex-heading" className="text-2xl font-semibold">
            {t("compilation.annexHeading")}
          </h2>
          {compilation.objectives.map((objective) => (
            <section key={objective.id} aria-labelledby={`annex-${objective.number}`} className="flex flex-col gap-3">
              <h3 id={`annex-${objective.number}`} className="text-lg font-semibold">
                {heading(objective)}
              </h3>
              {objective.annex.length === 0 ? (
                <p className="italic text-slate-700">{t("compilation.noComments")}</p>
              ) : (
                <ul className="flex flex-col gap-4">
                  {objective.annex.map((comment) => (
                    <li key={comment.id}>
                      <QuotedComment comment={comment} idPrefix={`annex-${objective.number}`} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </section>
      ) : null}
    </article>
  );
}
