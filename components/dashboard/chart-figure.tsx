"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import type { BarChartProps } from "./bar-chart";

// recharts is only for the eye and needs the browser's layout: loaded after the page, never on the server.
const BarChartView = dynamic(() => import("./bar-chart"), {
  ssr: false,
  loading: () => <div className="h-[280px]" />,
});

/**
 * A chart and its accessible form: a table with a caption, one click away under the chart. The
 * chart is presented as an image whose label points to that table.
 */
export function ChartFigure({ id, title, chart, table }: { id: string; title: string; chart: BarChartProps; table: ReactNode }) {
  const t = useTranslations("dashboard");
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      {chart.data.length > 0 ? (
        <div role="img" aria-label={t("chartLabel", { title })} dir="ltr">
          <BarChartView {...chart} />
        </div>
      ) : (
        <p className="text-slate-600">{t("noData")}</p>
      )}
      <details className="group">
        <summary className="cursor-pointer font-medium text-brand-800 underline underline-offset-4">{t("showTable")}</summary>
        <div className="mt-3 overflow-x-auto">{table}</div>
      </details>
    </section>
  );
}
