import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");

/**
 * V8's explicit compile hint (Chromium 136 and later): a file that begins with this comment has all
 * its functions compiled while it streams in, on a background thread, instead of each one on the
 * main thread the first time it is called.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/**
 * Marks the chunks every page runs as it starts (React DOM, Next's runtime: the build manifest's
 * `rootMainFiles`) for eager compilation. Nearly all their code runs while a page hydrates, and
 * compiling its module factories lazily was the longest task of an objective page's load (see the
 * README's Benchmark section). Page chunks and the polyfills for old browsers are left lazy: much of
 * their code never runs on a given page. Idempotent: a marked file is left as it is.
 */
export function markStartupChunks(distDir = ".next"): string[] {
  const manifestPath = path.join(distDir, "build-manifest.json");
  if (!fs.existsSync(manifestPath)) throw new Error(`No build manifest at ${manifestPath}: build the app first`);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as { rootMainFiles?: string[] };
  const files = (manifest.rootMainFiles ?? []).filter((file) => file.endsWith(".js"));
  for (const file of files) {
    const chunk = path.join(distDir, file);
    const code = fs.readFileSync(chunk, "utf8");
    if (!code.startsWith(COMPILE_HINT)) fs.writeFileSync(chunk, COMPILE_HINT + code);
  }
  return files;
}

/** `next build`, then the compile hints: the one way the app is built (npm run build, npm start). */
export function buildApp(): number {
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) return build.status ?? 1;
  markStartupChunks();
  return 0;
}
