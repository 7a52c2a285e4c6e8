import { COLUMNS } from "./columns";
import type { PreparedExport } from "./query";

/**
 * The CSV file: UTF-8 with a byte order mark so Excel reads the accents, RFC 4180 (CRLF, fields
 * quoted when needed), a header row of stable column keys, then one row per comment as the database
 * writes them.
 */
export async function* csvChunks(data: PreparedExport): AsyncGenerator<string | Uint8Array> {
  yield `\uFEFF${COLUMNS.map((c) => c.key).join(",")}\r\n`;
  yield* data.csvBatches();
}
