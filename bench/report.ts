import fs from "node:fs";
import budgets from "./budgets.json";

export type BudgetKey = keyof typeof budgets;

/** One line of the table. `measured` is what the budget is checked against (the ratio when there is a ceiling). */
export interface Row {
  figure: string;
  value: string;
  ceiling?: string;
  ratio?: string;
  budget?: BudgetKey;
  measured?: number;
  /** A figure that could not be measured here, and why: neither a pass nor a failure. */
  skipped?: string;
  /** An extra condition of the budget (queries: the same count for every size). */
  holds?: boolean;
  data?: unknown;
}

export function verdict(row: Row): "pass" | "FAIL" | "skipped" | "" {
  if (row.skipped) return "skipped";
  if (!row.budget) return "";
  const budget = budgets[row.budget] as { min?: number; max?: number };
  const value = row.measured;
  if (value === undefined || Number.isNaN(value) || row.holds === false) return "FAIL";
  if (budget.min !== undefined && value < budget.min) return "FAIL";
  if (budget.max !== undefined && value > budget.max) return "FAIL";
  return "pass";
}

export function printTable(rows: Row[]): string {
  const header = ["figure", "value", "ceiling", "ratio", "budget", "result"];
  const cells = rows.map((r) => [r.figure, r.skipped ? `skipped: ${r.skipped}` : r.value, r.ceiling ?? "", r.ratio ?? "", r.budget ? budgets[r.budget].text : "", verdict(r)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.map(line)].join("\n");
}

export function writeResults(file: string, meta: Record<string, unknown>, rows: Row[]): void {
  const results = rows.map((r) => ({ ...r, budget: r.budget ? { key: r.budget, ...budgets[r.budget] } : undefined, result: verdict(r) }));
  fs.writeFileSync(file, `${JSON.stringify({ ...meta, results }, null, 2)}\n`);
}
