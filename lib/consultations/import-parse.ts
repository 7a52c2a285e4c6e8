import { CsvError, parse } from "csv-parse/sync";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, OBJECTIVE_LIMITS, OBJECTIVE_NUMBER_MAX, type ImportFormat } from "./schemas";

/**
 * Reads an objectives file, CSV (header `number,short_title,title,body`, body optional) or JSON
 * (db/seed/gcm.json, or its `objectives` array alone: `{number, short, title, body?}`), into rows
 * and every problem found, each tied to its line (CSV) or entry (JSON). Writes nothing.
 */

export interface ImportRow {
  /** The CSV line the row starts on, or the JSON entry's position (from 1). */
  line: number;
  number: number;
  shortTitle: string;
  title: string;
  /** Absent or empty: an existing objective keeps its body. */
  body?: string;
}

export const IMPORT_ISSUES = [
  "fileTooLarge",
  "empty",
  "tooManyRows",
  "badJson",
  "jsonShape",
  "entryShape",
  "badCsv",
  "wrongColumns",
  "wrongFieldCount",
  "numberInvalid",
  "numberDuplicate",
  "shortTitleEmpty",
  "titleEmpty",
  "fieldTooLong",
] as const;

export interface ImportIssue {
  /** Null when the problem is the whole file's. */
  line: number | null;
  code: (typeof IMPORT_ISSUES)[number];
  values?: Record<string, string | number>;
}

export interface ParsedImport {
  /** "line" for CSV, "entry" for JSON: how `line` reads. */
  unit: "line" | "entry";
  rows: ImportRow[];
  issues: ImportIssue[];
}

const CSV_COLUMNS = ["number", "short_title", "title", "body"] as const;
const REQUIRED_CSV_COLUMNS = ["number", "short_title", "title"];

export function parseObjectivesFile(format: ImportFormat, content: string): ParsedImport {
  const unit = format === "csv" ? "line" : "entry";
  if (Buffer.byteLength(content, "utf8") > MAX_IMPORT_BYTES) {
    return { unit, rows: [], issues: [{ line: null, code: "fileTooLarge", values: { max: MAX_IMPORT_BYTES / 1024 } }] };
  }
  const raw = format === "csv" ? readCsv(content) : readJson(content);
  if ("issue" in raw) return { unit, rows: [], issues: [raw.issue] };
  if (raw.count === 0) return { unit, rows: [], issues: [{ line: null, code: "empty" }] };
  if (raw.count > MAX_IMPORT_ROWS) {
    return { unit, rows: [], issues: [{ line: null, code: "tooManyRows", values: { max: MAX_IMPORT_ROWS, count: raw.count } }] };
  }

  const rows: ImportRow[] = [];
  const issues: ImportIssue[] = [...raw.issues];
  const firstLineOf = new Map<number, number>();
  for (const record of raw.records) {
    const rowIssues = checkRecord(record);
    if (rowIssues.length > 0) {
      issues.push(...rowIssues);
      continue;
    }
    const number = Number(record.number);
    const earlier = firstLineOf.get(number);
    if (earlier !== undefined) {
      issues.push({ line: record.line, code: "numberDuplicate", values: { number, first: earlier } });
      continue;
    }
    firstLineOf.set(number, record.line);
    const body = record.body?.trim();
    rows.push({ line: record.line, number, shortTitle: record.shortTitle.trim(), title: record.title.trim(), ...(body ? { body } : {}) });
  }
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { unit, rows, issues };
}

/** A row as read, before its values are checked. */
interface RawRecord {
  line: number;
  number: string;
  shortTitle: string;
  title: string;
  body?: string;
}

/** The records that could be read, the problems of those that could not, and how many rows there were. */
type Read = { records: RawRecord[]; issues: ImportIssue[]; count: number } | { issue: ImportIssue };

function checkRecord(record: RawRecord): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const at = (code: ImportIssue["code"], values?: ImportIssue["values"]) => issues.push({ line: record.line, code, values });
  const number = record.number.trim();
  if (!/^\d{1,4}$/.test(number) || Number(number) < 1 || Number(number) > OBJECTIVE_NUMBER_MAX) {
    at("numberInvalid", { value: number.slice(0, 20), max: OBJECTIVE_NUMBER_MAX });
  }
  if (record.shortTitle.trim() === "") at("shortTitleEmpty");
  if (record.title.trim() === "") at("titleEmpty");
  for (const field of ["shortTitle", "title", "body"] as const) {
    const value = record[field]?.trim() ?? "";
    if (value.length > OBJECTIVE_LIMITS[field]) at("fieldTooLong", { field, max: OBJECTIVE_LIMITS[field] });
  }
  return issues;
}

function readCsv(content: string): Read {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // One line ending throughout: a file edited on two systems may mix them.
    parsed = parse(content.replace(/\r\n?/g, "\n"), { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof parsed;
  } catch (error) {
    if (error instanceof CsvError) return { issue: { line: (error as CsvError & { lines?: number }).lines ?? null, code: "badCsv" } };
    throw error;
  }
  // A quoted field may span lines: a record starts as many lines before its last as it holds breaks.
  const startLine = ({ record, info }: (typeof parsed)[number]) => info.lines - record.join("").split("\n").length + 1;
  const [header, ...body] = parsed;
  if (!header) return { records: [], issues: [], count: 0 };
  const columns = header.record.map((name) => name.trim().toLowerCase());
  const known = columns.every((c) => (CSV_COLUMNS as readonly string[]).includes(c)) && new Set(columns).size === columns.length;
  if (!known || !REQUIRED_CSV_COLUMNS.every((c) => columns.includes(c))) {
    return {
      issue: { line: startLine(header), code: "wrongColumns", values: { expected: CSV_COLUMNS.join(","), found: columns.join(",").slice(0, 200) } },
    };
  }
  const issues: ImportIssue[] = [];
  const records: RawRecord[] = [];
  for (const row of body) {
    const line = startLine(row);
    if (row.record.length !== columns.length) {
      issues.push({ line, code: "wrongFieldCount", values: { expected: columns.length, found: row.record.length } });
      continue;
    }
    const value = (column: string) => row.record[columns.indexOf(column)];
    records.push({ line, number: value("number"), shortTitle: value("short_title"), title: value("title"), body: columns.includes("body") ? value("body") : undefined });
  }
  return { records, issues, count: body.length };
}

function readJson(content: string): Read {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch (error) {
    const position = /position (\d+)/.exec(String((error as Error).message))?.[1];
    const line = position === undefined ? null : content.slice(0, Number(position)).split("\n").length;
    return { issue: { line, code: "badJson" } };
  }
  const entries = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.objectives) ? data.objectives : null;
  if (!entries) return { issue: { line: null, code: "jsonShape" } };
  const records: RawRecord[] = [];
  const issues: ImportIssue[] = [];
  entries.forEach((entry: unknown, index: number) => {
    const line = index + 1;
    if (!isObject(entry) || !["string", "number", "undefined"].includes(typeof entry.number)) {
      issues.push({ line, code: "entryShape" });
      return;
    }
    const text = (value: unknown) => (typeof value === "string" ? value : "");
    records.push({
      line,
      number: entry.number === undefined ? "" : String(entry.number),
      shortTitle: text(entry.short),
      title: text(entry.title),
      body: typeof entry.body === "string" ? entry.body : undefined,
    });
  });
  return { records, issues, count: entries.length };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
