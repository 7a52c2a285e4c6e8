import { stringify } from "csv-stringify/sync";
import { COLUMNS, type CellValue } from "./columns";
import { neutralize } from "./cells";
import type { PreparedExport } from "./query";

const BOM = "\uFEFF";

function csvCell(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return neutralize(value);
  return String(value);
}

/** RFC 4180 (CRLF, fields quoted when needed), UTF-8 with a byte order mark so Excel reads the accents. */
const OPTIONS = { record_delimiter: "windows", quoted_string: false } as const;

/** The CSV file, batch by batch: a header row of stable column keys, then one row per comment. */
export async function* csvChunks(data: PreparedExport): AsyncGenerator<string> {
  yield BOM + stringify([COLUMNS.map((c) => c.key)], OPTIONS);
  for await (const batch of data.batches()) {
    yield stringify(
      batch.map((row) => COLUMNS.map((column) => csvCell(column.value(row)))),
      OPTIONS,
    );
  }
}
