"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartSeries {
  key: string;
  name: string;
  color: string;
}

export interface BarChartProps {
  /** One entry per bar (or stack): its axis label and a value per series key. */
  data: ({ label: string } & Record<string, string | number>)[];
  series: ChartSeries[];
  stacked?: boolean;
  rtl?: boolean;
}

/**
 * A bar chart drawn by recharts. It is a picture of a table shown beside it, so it is not itself
 * focusable (no accessibility layer): the table is the accessible form of the same numbers.
 */
export default function BarChartView({ data, series, stacked, rtl }: BarChartProps) {
  return (
    <ResponsiveContainer width="100%" height={280}>
      <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" reversed={rtl} tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} orientation={rtl ? "right" : "left"} tick={{ fontSize: 12 }} width={40} />
        <Tooltip />
        {/* In the order of the series (the stances' own order), not alphabetical. */}
        {series.length > 1 ? <Legend itemSorter={null} /> : null}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} stackId={stacked ? "stack" : undefined} maxBarSize={56} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
