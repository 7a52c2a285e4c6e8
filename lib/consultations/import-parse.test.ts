import { describe, expect, it } from "vitest";
import gcm from "@/db/seed/gcm.json";
import { parseObjectivesFile } from "./import-parse";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./schemas";

const csv = (...lines: string[]) => lines.join("\n");

describe("CSV", () => {
  it("reads rows with their starting line, quoted commas and line breaks, any column order, Windows line endings", () => {
    const parsed = parseObjectivesFile(
      "csv",
      "\uFEFFtitle,number,short_title,body\r\n\"Data, and more\",1,Data,\"Para one.\r\n\r\nPara two.\"\r\nSecond,2,Two,\r\n",
    );
    expect(parsed).toEqual({
      unit: "line",
      issues: [],
      rows: [
        { line: 2, number: 1, shortTitle: "Data", title: "Data, and more", body: "Para one.\n\nPara two." },
        { line: 5, number: 2, shortTitle: "Two", title: "Second" },
      ],
    });
  });

  it("the body column is optional", () => {
    expect(parseObjectivesFile("csv", csv("number,short_title,title", "3,Info,Provide information")).rows).toEqual([
      { line: 2, number: 3, shortTitle: "Info", title: "Provide information" },
    ]);
  });

  it("wrong or missing columns are the header's problem, reported once", () => {
    expect(parseObjectivesFile("csv", csv("num,short_title,title,body", "1,a,b,c")).issues).toEqual([
      { line: 1, code: "wrongColumns", values: { expected: "number,short_title,title,body", found: "num,short_title,title,body" } },
    ]);
    expect(parseObjectivesFile("csv", csv("number,title", "1,b")).issues[0].code).toBe("wrongColumns");
    expect(parseObjectivesFile("csv", csv("number,number,short_title,title", "1,1,a,b")).issues[0].code).toBe("wrongColumns");
  });

  it("reports every bad line, and keeps the good ones for the preview", () => {
    const parsed = parseObjectivesFile(
      "csv",
      csv(
        "number,short_title,title,body",
        "1,Data,Collect data,",
        "2,Drivers",
        "x,Info,Provide information,",
        "4,,,",
        "1,Again,Duplicate of line 2,",
        "5,Fine,A good row,",
      ),
    );
    expect(parsed.issues).toEqual([
      { line: 3, code: "wrongFieldCount", values: { expected: 4, found: 2 } },
      { line: 4, code: "numberInvalid", values: { value: "x", max: 9999 } },
      { line: 5, code: "shortTitleEmpty" },
      { line: 5, code: "titleEmpty" },
      { line: 6, code: "numberDuplicate", values: { number: 1, first: 2 } },
    ]);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 7]);
  });

  it("an unclosed quote makes the file unreadable from its line", () => {
    expect(parseObjectivesFile("csv", csv("number,short_title,title,body", '1,a,"b,c', "2,d,e,f")).issues).toEqual([
      { line: 3, code: "badCsv" },
    ]);
  });

  it("no rows, too many rows, too large", () => {
    expect(parseObjectivesFile("csv", "number,short_title,title,body\n").issues).toEqual([{ line: null, code: "empty" }]);
    const many = csv("number,short_title,title", ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `${i + 1},S,T`));
    expect(parseObjectivesFile("csv", many)).toEqual({
      unit: "line",
      rows: [],
      issues: [{ line: null, code: "tooManyRows", values: { max: MAX_IMPORT_ROWS, count: MAX_IMPORT_ROWS + 1 } }],
    });
    const huge = "x".repeat(MAX_IMPORT_BYTES + 1);
    expect(parseObjectivesFile("csv", huge).issues).toEqual([{ line: null, code: "fileTooLarge", values: { max: 512 } }]);
  });

  it("a field over its limit", () => {
    expect(parseObjectivesFile("csv", csv("number,short_title,title", `1,${"s".repeat(121)},T`)).issues).toEqual([
      { line: 2, code: "fieldTooLong", values: { field: "shortTitle", max: 120 } },
    ]);
  });
});

describe("JSON", () => {
  it("reads the seed file as it is, and its objectives array alone", () => {
    const whole = parseObjectivesFile("json", JSON.stringify(gcm, null, 2));
    expect(whole.issues).toEqual([]);
    expect(whole.rows).toHaveLength(23);
    expect(whole.rows[0]).toEqual({ line: 1, number: 1, shortTitle: "Data", title: gcm.objectives[0].title });
    const array = parseObjectivesFile("json", JSON.stringify([{ number: 24, short: "New", title: "A new one", body: "With a body" }]));
    expect(array).toEqual({ unit: "entry", issues: [], rows: [{ line: 1, number: 24, shortTitle: "New", title: "A new one", body: "With a body" }] });
  });

  it("bad JSON is reported with its line", () => {
    expect(parseObjectivesFile("json", '{\n  "objectives": [\n    { "number": 1, }\n  ]\n}').issues).toEqual([{ line: 3, code: "badJson" }]);
  });

  it("the wrong shape, bad entries, duplicates", () => {
    expect(parseObjectivesFile("json", '{"items": []}').issues).toEqual([{ line: null, code: "jsonShape" }]);
    expect(parseObjectivesFile("json", "[]").issues).toEqual([{ line: null, code: "empty" }]);
    const parsed = parseObjectivesFile(
      "json",
      JSON.stringify([
        "just text",
        { number: 1.5, short: "S", title: "T" },
        { number: 2, title: "No short title" },
        { number: 3, short: "S", title: "T" },
        { number: "3", short: "S", title: "Same number" },
      ]),
    );
    expect(parsed.issues).toEqual([
      { line: 1, code: "entryShape" },
      { line: 2, code: "numberInvalid", values: { value: "1.5", max: 9999 } },
      { line: 3, code: "shortTitleEmpty" },
      { line: 5, code: "numberDuplicate", values: { number: 3, first: 4 } },
    ]);
  });
});
