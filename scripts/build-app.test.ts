import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, markStartupChunks } from "./build-app";

let dist: string;

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  fs.writeFileSync(path.join(dist, file), text);
}
const read = (file: string) => fs.readFileSync(path.join(dist, file), "utf8");

beforeEach(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "build-app-"));
  write(
    "build-manifest.json",
    JSON.stringify({
      polyfillFiles: ["static/chunks/polyfills.js"],
      rootMainFiles: ["static/chunks/react-dom.js", "static/chunks/turbopack-runtime.js"],
    }),
  );
  write("static/chunks/react-dom.js", "(globalThis.TURBOPACK||[]).push([1]);");
  write("static/chunks/turbopack-runtime.js", "var runtime;");
  write("static/chunks/page.js", "(globalThis.TURBOPACK||[]).push([2]);");
  write("static/chunks/polyfills.js", "var polyfill;");
});
afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));

describe("markStartupChunks", () => {
  it("puts the compile hint first in every startup chunk of the manifest, and nowhere else", () => {
    expect(markStartupChunks(dist)).toEqual(["static/chunks/react-dom.js", "static/chunks/turbopack-runtime.js"]);
    expect(read("static/chunks/react-dom.js")).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([1]);`);
    expect(read("static/chunks/turbopack-runtime.js")).toBe(`${COMPILE_HINT}var runtime;`);
    expect(read("static/chunks/page.js")).toBe("(globalThis.TURBOPACK||[]).push([2]);");
    expect(read("static/chunks/polyfills.js")).toBe("var polyfill;");
  });

  it("leaves a marked chunk as it is when run again", () => {
    markStartupChunks(dist);
    markStartupChunks(dist);
    expect(read("static/chunks/react-dom.js")).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([1]);`);
  });

  it("refuses a folder that holds no build", () => {
    fs.rmSync(path.join(dist, "build-manifest.json"));
    expect(() => markStartupChunks(dist)).toThrow(/No build manifest .* build the app first/);
  });
});
