import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { selectPreparedRows } from "@/db/client";
import { batchValues, joinedInParts } from "./batch-values";
import { XML_ILLEGAL_CHARACTERS } from "./cells";
import { COLUMNS, type Column } from "./columns";
import { neutralized, valueName } from "./sql-values";

/*
 * The rows of an objective's sheet, as the XML exceljs writes for them (see xlsx.ts), written by the
 * database from the same values as the CSV lines. Profiled, exceljs spent most of an XLSX export
 * building and serializing forty-odd cell objects per row; the database writes the same text in a
 * fraction of that, the way it writes the CSV lines.
 */

/**
 * Stands for the row's number, which only the writer knows (a range's comments can change while
 * earlier ranges are written); a character XML forbids, so no cleaned text holds it.
 */
const ROW_NUMBER = "\x01";
/** Ends each row, for the same reason. */
const ROW_END = "\x02";

const OBJECTIVE_NUMBER = COLUMNS.findIndex((column) => column.key === "objective_number");

/** A batch of sheet rows: the objective they belong to, and their XML with ROW_NUMBER for the row's number. */
export interface SheetRows {
  objective: number;
  xml: string;
}

/** The spreadsheet column's letters of the i-th column (0: A, 26: AA). */
function columnLetters(i: number): string {
  return (i >= 26 ? columnLetters(Math.floor(i / 26) - 1) : "") + String.fromCharCode(65 + (i % 26));
}

/** A constant piece of XML as an SQL string, its control characters (the markers above) escaped. */
function xmlLiteral(text: string): SQL {
  if (/['\\]/.test(text)) throw new Error(`Not a plain XML piece: ${text}`);
  const escaped = text.replace(/[\x00-\x1f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
  return sql.raw(`E'${escaped}'`);
}

/** What cleaning changes: carriage returns, and the characters XML forbids. */
const NEEDS_CLEANING = `[\r${XML_ILLEGAL_CHARACTERS}]`;

/**
 * Text as xlsxText() leaves it: CR LF and CR as LF, without what XML forbids; neutralized later.
 * Most text has nothing to clean, and one search finds out (translate() took thirty times as long).
 */
const cleaned = (value: SQL) =>
  sql`CASE WHEN ${value} ~ ${NEEDS_CLEANING}
    THEN regexp_replace(replace(replace(${value}, E'\\r\\n', E'\\n'), E'\\r', E'\\n'), ${`[${XML_ILLEGAL_CHARACTERS}]`}, '', 'g')
    ELSE ${value} END`;

/** Cleaned text, neutralized, with what XML cell text must escape escaped. */
const cellText = (value: SQL) =>
  sql`replace(replace(replace(${neutralized(value)}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

/**
 * A column's cell as exceljs writes it: text as a string cell, numbers bare, marks as booleans, dates
 * as Excel serial days (UTC, to the millisecond) in the date style. A null value writes no cell,
 * except in a date column, whose style the cell keeps (concat() skips the nulls).
 */
function cellXml(column: Column, i: number, dateStyle: number): SQL {
  const ref = `r="${columnLetters(i)}${ROW_NUMBER}"`;
  const value = valueName(i);
  switch (column.type) {
    case "text":
      return sql`${xmlLiteral(`<c ${ref} t="str"><v>`)} || ${cellText(value)} || '</v></c>'`;
    case "number":
      return sql`${xmlLiteral(`<c ${ref}><v>`)} || ${value} || '</v></c>'`;
    case "boolean":
      return sql`${xmlLiteral(`<c ${ref} t="b"><v>`)} || CASE WHEN ${value} THEN '1' ELSE '0' END || '</v></c>'`;
    case "date":
      return sql`CASE WHEN ${value} IS NULL THEN ${xmlLiteral(`<c ${ref} s="${dateStyle}"/>`)}
        ELSE ${xmlLiteral(`<c ${ref} s="${dateStyle}"><v>`)}
          || (25569 + extract(epoch FROM date_trunc('milliseconds', ${value})) / 86400)::float8 || '</v></c>' END`;
  }
}

/**
 * The sheet rows of the comments matching `where` (a batch's range), in (created_at, id) order, as
 * one text, or null when none matches. Text values are cleaned once in their own step (OFFSET 0
 * keeps the planner from computing them again at each use).
 */
export async function sheetRows(where: SQL, permalinkStart: string, dateStyle: number): Promise<SheetRows | null> {
  const cleanedValues = sql`SELECT ${sql.join(
    COLUMNS.map((column, i) => sql`${column.type === "text" ? cleaned(valueName(i)) : valueName(i)} AS ${valueName(i)}`),
    sql`, `,
  )}, created_at, id
    FROM (${batchValues(where, permalinkStart)}) v OFFSET 0`;
  const rowXml = sql`concat(${xmlLiteral(`<row r="${ROW_NUMBER}">`)}, ${sql.join(
    COLUMNS.map((column, i) => cellXml(column, i, dateStyle)),
    sql`, `,
  )}, '</row>')`;
  const parts = await selectPreparedRows<{ objective: number; text: string }>(
    joinedInParts(cleanedValues, rowXml, xmlLiteral(ROW_END), valueName(OBJECTIVE_NUMBER)),
  );
  return parts.length > 0 ? { objective: parts[0].objective, xml: parts.map((part) => part.text).join(ROW_END) } : null;
}

/** The batch's rows, numbered from `first`, one text each, so no batch-sized copy is made. */
export function* numberedRows(batch: SheetRows, first: number): Generator<string> {
  let number = first;
  for (const row of batch.xml.split(ROW_END)) yield row.replaceAll(ROW_NUMBER, String(number++));
}
