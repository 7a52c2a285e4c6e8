"use client";

import { useTranslations } from "next-intl";
import type { ImportPreview } from "@/lib/consultations/import";

/** What an import would do: its problems first (each with its line), then every row read. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("objectivesImport");
  const where = (line: number | null) => (line === null ? t("wholeFile") : t(preview.unit === "line" ? "atLine" : "atEntry", { line }));
  const adds = preview.rows.filter((r) => r.outcome === "add").length;
  return (
    <div className="flex flex-col gap-4">
      <p>{t("summary", { rows: preview.rows.length, add: adds, update: preview.rows.length - adds, issues: preview.issues.length })}</p>
      {preview.issues.length > 0 ? (
        <div className="flex flex-col gap-2 rounded border-s-4 border-red-700 bg-red-50 px-4 py-3 text-red-900">
          <h3 id="issues-heading" className="font-semibold">
            {t("issuesHeading", { count: preview.issues.length })}
          </h3>
          <ul aria-labelledby="issues-heading" className="flex list-disc flex-col gap-1 ps-6">
            {preview.issues.map((issue, index) => (
              <li key={index}>
                <span className="font-medium">{where(issue.line)}</span>: {t(`issues.${issue.code}`, issue.values)}
              </li>
            ))}
          </ul>
          <p>{t("nothingWritten")}</p>
        </div>
      ) : null}
      {preview.rows.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse">
            <caption className="mb-2 text-start font-semibold">{t("rowsCaption", { count: preview.rows.length })}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-sm text-slate-700">
                <th scope="col" className="p-2 text-start">{t(preview.unit === "line" ? "line" : "entry")}</th>
                <th scope="col" className="p-2 text-start">{t("number")}</th>
                <th scope="col" className="p-2 text-start">{t("shortTitle")}</th>
                <th scope="col" className="p-2 text-start">{t("title")}</th>
                <th scope="col" className="p-2 text-start">{t("outcome")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.line} className="border-b border-slate-200 align-top">
                  <td className="p-2">{row.line}</td>
                  <th scope="row" className="p-2 text-start">{row.number}</th>
                  <td className="p-2" dir="auto">{row.shortTitle}</td>
                  <td className="p-2" dir="auto">{row.title}</td>
                  <td className="p-2">
                    {row.outcome === "add" ? t("outcomeAdd") : t("outcomeUpdate", { number: row.number })}
                    {row.outcome === "update" && row.body === undefined ? <span className="block text-sm text-slate-600">{t("bodyKept")}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
