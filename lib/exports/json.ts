import type { ExportOverview, PreparedExport } from "./query";

/** Version of the JSON export's shape (documented in the README); bumped on any incompatible change. */
export const EXPORT_JSON_SCHEMA = "consultation-hub/export/v1";

function header(overview: ExportOverview): string {
  const head = {
    schema: EXPORT_JSON_SCHEMA,
    consultation: overview.consultation,
    generatedAt: overview.generatedAt,
    filters: overview.filters,
    total: overview.total,
    byStatus: overview.byStatus,
    objectives: overview.objectives.map(({ number, shortTitle, title, count }) => ({ number, shortTitle, title, count })),
  };
  // The opening of the object, left open for the comments array.
  return `${JSON.stringify(head).slice(0, -1)},"comments":[`;
}

/** The JSON file: the overview's fields, then "comments", one element per comment, written batch by batch. */
export async function* jsonChunks(data: PreparedExport): AsyncGenerator<string> {
  yield header(data.overview);
  let first = true;
  for await (const batch of data.batches()) {
    const text = batch.map((row) => JSON.stringify(row)).join(",\n");
    yield (first ? "\n" : ",\n") + text;
    first = false;
  }
  yield "\n]}\n";
}
