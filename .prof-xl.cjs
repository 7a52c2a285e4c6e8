const ExcelJS = require("exceljs"); const { PassThrough } = require("stream");
async function run(zip) {
  const out = new PassThrough(); let bytes = 0; out.on("data", (c) => (bytes += c.length));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false, zip });
  const s = wb.addWorksheet("a"); const t = performance.now();
  for (let i = 0; i < 50000; i++) s.addRow([i, "Las vías de migración regular deben ampliarse para reducir los riesgos de las rutas irregulares " + i, new Date(), "civil_society"]).commit();
  s.commit(); await wb.commit(); return [((performance.now() - t) / 1000).toFixed(2), bytes];
}
(async () => { console.log("default", await run(undefined)); console.log("level1", await run({ zlib: { level: 1 } })); console.log("store", await run({ store: true })); })();
