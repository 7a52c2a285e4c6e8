import { PassThrough } from "node:stream";
import type ExcelJS from "exceljs";
import { xlsxText } from "./cells";
import { COLUMNS, type CellValue, type Column } from "./columns";
import type { ExportOverview, PreparedExport } from "./query";
import { numberedRows } from "./sheet-rows";
import type { Translate } from "./translate";

const DATE_FORMAT = "yyyy-mm-dd hh:mm:ss";
const DATE_STYLE: Partial<ExcelJS.Style> = { numFmt: DATE_FORMAT };
const PLAIN_STYLE: Partial<ExcelJS.Style> = {};
const WIDTHS: Partial<Record<string, number>> = { body: 80, permalink: 40, objective_title: 40, tags: 30, id: 38, parent_id: 38, root_id: 38 };

function xlsxCell(value: CellValue): CellValue {
  return typeof value === "string" ? xlsxText(value) : value;
}

export function columnLabel(t: Translate, column: Column): string {
  return column.group
    ? t("exportColumns.endorsements_by_group", { group: t(`stakeholderGroups.${column.group}`) })
    : t(`exportColumns.${column.key}`);
}

/** Sheet names: at most 31 characters and none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31);
}

function writeOverview(workbook: ExcelJS.stream.xlsx.WorkbookWriter, overview: ExportOverview, t: Translate) {
  const sheet = workbook.addWorksheet(sheetName(t("exportFile.overviewSheet")));
  sheet.columns = [{ width: 40 }, { width: 60 }, { width: 14 }];
  const add = (cells: CellValue[], bold = false) => {
    const row = sheet.addRow(cells.map(xlsxCell));
    if (bold) row.font = { bold: true };
    row.commit();
  };
  const { filters } = overview;
  const all = t("exportFile.all");
  add([overview.consultation.title], true);
  add([t("exportFile.generatedAt"), overview.generatedAt]);
  sheet.getColumn(2).numFmt = DATE_FORMAT;
  add([t("exportFile.filterObjective"), filters.objective ?? all]);
  add([t("exportFile.filterGroup"), filters.group ? t(`stakeholderGroups.${filters.group}`) : all]);
  add([t("exportFile.filterStatus"), t(`exportStatuses.${filters.status}`)]);
  add([t("exportFile.filterFrom"), filters.from ?? ""]);
  add([t("exportFile.filterTo"), filters.to ?? ""]);
  add([t("exportFile.total"), overview.total]);
  add([]);
  add([t("exportFile.byStatus")], true);
  for (const [status, n] of Object.entries(overview.byStatus)) add([t(`exportStatuses.${status}`), n]);
  add([]);
  add([t("exportColumns.objective_number"), t("exportColumns.objective_title"), t("exportFile.comments")], true);
  for (const objective of overview.objectives) add([objective.number, objective.title, objective.count]);
  sheet.commit();
}

/*
 * Two parts of exceljs's streaming writer it has no public name for: the id of a cell style, and a
 * sheet's XML stream. The objective sheets' rows come written from the database (sheet-rows.ts), as
 * exceljs writes a row; the XLSX tests read the files back with exceljs, cell by cell.
 */
interface WriterInternals {
  styles: { addStyleModel(style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType): number };
}
interface SheetInternals {
  stream: { write(xml: string): void };
}

/**
 * The XLSX file, written with exceljs's streaming writer: the overview sheet first, then one sheet
 * per objective, each committed before the next begins so the zip entries follow one another and no
 * sheet waits in memory. Each sheet's header is written by exceljs, its rows as the database wrote
 * them, batch by batch; the bytes the zip produced so far are handed on after each batch.
 */
export async function* xlsxChunks(data: PreparedExport, t: Translate): AsyncGenerator<Uint8Array> {
  // Loaded with the first XLSX file, not with the export route: loading it takes about 0.3 s of CPU
  // and 27 MB of memory, which the first CSV or JSON export of a server paid without using it.
  const { default: Excel } = await import("exceljs");
  const output = new PassThrough();
  const ready: Buffer[] = [];
  output.on("data", (chunk: Buffer) => ready.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    output.on("end", resolve);
    output.on("error", reject);
  });
  const drain = function* () {
    while (ready.length > 0) yield ready.shift()!;
  };
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
    // The fastest deflate: a quarter less time than the default level, for files of nearly the same size.
    zip: { zlib: { level: 1 } },
  });
  workbook.created = data.overview.generatedAt;

  writeOverview(workbook, data.overview, t);
  yield* drain();

  const dateStyle = (workbook as unknown as WriterInternals).styles.addStyleModel(DATE_STYLE, Excel.ValueType.Date);
  const batches = data.sheetRowBatches(dateStyle);
  let pending = await batches.next();
  for (const objective of data.overview.objectives) {
    const sheet = workbook.addWorksheet(sheetName(t("exportFile.objectiveSheet", { number: objective.number })), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    sheet.columns = COLUMNS.map((column) => ({
      key: column.key,
      width: WIDTHS[column.key] ?? (column.type === "date" ? 20 : 16),
      style: column.type === "date" ? DATE_STYLE : PLAIN_STYLE,
    }));
    const header = sheet.addRow(COLUMNS.map((column) => columnLabel(t, column)));
    header.font = { bold: true };
    // Committing the header opens the sheet's rows, which the database's rows then follow.
    header.commit();
    let rowCount = 1;
    // Batches come objective by objective, in the same order as the overview lists them.
    while (!pending.done && pending.value.objective === objective.number) {
      const stream = (sheet as unknown as SheetInternals).stream;
      for (const row of numberedRows(pending.value, rowCount + 1)) {
        stream.write(row);
        rowCount++;
      }
      yield* drain();
      pending = await batches.next();
    }
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rowCount, column: COLUMNS.length } };
    sheet.commit();
    yield* drain();
  }
  await workbook.commit();
  await ended;
  yield* drain();
}
