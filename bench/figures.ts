import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";
import { sql } from "drizzle-orm";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import type { Connection } from "../db/client";
import { load, loadLoop, type LoadResult } from "./load";
import type { BenchServer } from "./server";

/** Files of the objective page's route in the build output. */
const ROUTE = "/[locale]/(site)/consultations/[slug]/objectives/[number]/page";
const ROUTE_DIR = path.join(".next", "server", "app", ...ROUTE.slice(1).split("/"));

/** The driver under drizzle: postgres.js's sql, or the PGlite instance. */
function clientOf(connection: Connection): unknown {
  return (connection.db as unknown as { $client: unknown }).$client;
}

/** The same single-row insert the app's createComment makes, straight through the driver. */
export async function rawInsertCeiling(connection: Connection, target: { objectiveId: string; consultationId: string; authorId: string }, seconds: number): Promise<LoadResult> {
  const insert = `INSERT INTO comments (id, consultation_id, objective_id, parent_id, root_id, depth, author_id, body, locale, stance, status, official, idempotency_key)
    VALUES ($1, $2, $3, NULL, $1, 0, $4, $5, 'en', 'supports', 'published', false, $6)`;
  const client = clientOf(connection) as unknown as { unsafe?: (q: string, p: unknown[]) => Promise<unknown>; query?: (q: string, p: unknown[]) => Promise<unknown> };
  const run = (params: unknown[]) => (client.unsafe ? client.unsafe(insert, params) : client.query!(insert, params));
  const result = await loadLoop(10, seconds, (i) => {
    const id = randomUUID();
    return run([id, target.consultationId, target.objectiveId, target.authorId, `Raw insert ${i} for the ceiling of comment posts.`, `bench-raw-${id}`]);
  });
  await connection.db.execute(sql.raw(`DELETE FROM comments WHERE idempotency_key LIKE 'bench-raw-%'`));
  return result;
}

/** The rows an export of every comment carries: each comment with its author, objective and tags. */
export const EXPORT_ROWS_SQL = `SELECT o.number AS objective, c.id, c.parent_id, c.depth, c.created_at, c.status, c.stance, c.locale,
    c.official, u.name, u.organization, u.stakeholder_group, u.country, c.endorsement_count, c.reply_count, c.flag_count, c.body,
    (SELECT string_agg(t.key, ';') FROM comment_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.comment_id = c.id) AS tags
  FROM comments c JOIN users u ON u.id = c.author_id JOIN objectives o ON o.id = c.objective_id
  WHERE c.consultation_id = (SELECT id FROM consultations WHERE slug = 'gcm')
  ORDER BY o.position, c.created_at`;

/** `COPY ... TO STDOUT` of the export's rows: seconds and bytes. */
export async function copyCeiling(connection: Connection): Promise<{ seconds: number; bytes: number }> {
  const copy = `COPY (${EXPORT_ROWS_SQL}) TO STDOUT WITH (FORMAT csv, HEADER)`;
  const started = performance.now();
  let bytes = 0;
  if (connection.driver === "postgres") {
    const sql = clientOf(connection) as unknown as { unsafe: (q: string) => { readable: () => Promise<AsyncIterable<Buffer>> } };
    for await (const chunk of await sql.unsafe(copy).readable()) bytes += chunk.length;
  } else {
    const pg = clientOf(connection) as unknown as { query: (q: string) => Promise<{ blob?: Blob }> };
    const result = await pg.query(copy.replace("TO STDOUT", "TO '/dev/blob'"));
    bytes = result.blob?.size ?? 0;
  }
  return { seconds: (performance.now() - started) / 1000, bytes };
}

/** The router state a browser sends with a Server Action posted from an objective page. */
function routerStateTree(locale: string, slug: string, number: number): string {
  const dynamic = (name: string, value: string) => [name, value, "d", null];
  const node = (segment: unknown, child?: unknown[]): unknown[] => [segment, child ? { children: child } : {}, null, null, 0];
  const page = node("__PAGE__");
  const tree = node("", node(dynamic("locale", locale), node("consultations", node(dynamic("slug", slug), node("objectives", node(dynamic("number", String(number)), page))))));
  tree[4] = 16;
  return encodeURIComponent(JSON.stringify(tree));
}

/** The id of a Server Action in the current build. */
export function actionId(exportedName: string, filename: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string; filename: string }>;
  };
  const found = Object.entries(manifest.node).find(([, a]) => a.exportedName === exportedName && a.filename === filename);
  if (!found) throw new Error(`No server action ${exportedName} in ${filename} in the build`);
  return found[0];
}

/** Posting through the composer's Server Action as the browser sends it, each post with a new idempotency key. */
export function commentPosts(server: BenchServer, cookie: string, target: { objectiveId: string; number: number }, seconds: number) {
  const pagePath = `/en/consultations/gcm/objectives/${target.number}`;
  return load({
    url: `${server.origin}${pagePath}`,
    method: "POST",
    connections: 10,
    seconds,
    headers: {
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      "next-action": actionId("postCommentAction", "app/[locale]/(site)/consultations/[slug]/objectives/[number]/actions.tsx"),
      "next-router-state-tree": routerStateTree("en", "gcm", target.number),
      origin: server.origin,
      referer: `${server.origin}${pagePath}`,
      cookie,
    },
    body: () =>
      JSON.stringify([
        {
          objectiveId: target.objectiveId,
          parentId: "$undefined",
          body: "A comment posted by the benchmark through the real form action.",
          stance: "supports",
          locale: "en",
          tags: [],
          idempotencyKey: randomUUID(),
        },
      ]),
  });
}

/** Statements the server sends for one request, counted from its LOG_QUERIES output. */
export async function queriesFor(server: BenchServer, url: string, cookie?: string): Promise<number> {
  const before = server.queries();
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  // Let the last lines of output arrive.
  await new Promise((r) => setTimeout(r, 150));
  return server.queries() - before;
}

export type Skippable<T> = { skipped: string } | T;

/**
 * Downloads an export and reads it to the end: seconds, bytes, and the peak growth of the server's
 * resident memory.
 * `encoding` is the Accept-Encoding sent: "identity" gets the same plain bytes COPY writes, "gzip"
 * what a browser gets (the server compresses, this process decompresses).
 */
export async function exportRun(
  server: BenchServer,
  url: string,
  cookie: string,
  encoding: "identity" | "gzip",
): Promise<Skippable<{ seconds: number; bytes: number; memoryGrowth: number; status: number }>> {
  const baseline = server.rss();
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, server.rss())), 20);
  const started = performance.now();
  try {
    const response = await fetch(url, { headers: { cookie, "accept-encoding": encoding } });
    if (response.status === 404) {
      await response.arrayBuffer();
      return { skipped: "export route not present" };
    }
    let bytes = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return { seconds: (performance.now() - started) / 1000, bytes, memoryGrowth: Math.max(0, peak - baseline), status: response.status };
  } finally {
    clearInterval(sampler);
  }
}

/** Whether a page exists for this session (the route may not be built yet). */
export async function probe(url: string, cookie: string): Promise<number> {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  return response.status;
}

function readClientManifest(): Record<string, string[]> {
  const context = { globalThis: {} as Record<string, Record<string, { entryJSFiles: Record<string, string[]> }>> };
  vm.runInNewContext(fs.readFileSync(`${ROUTE_DIR}_client-reference-manifest.js`, "utf8"), context);
  return context.globalThis.__RSC_MANIFEST[ROUTE].entryJSFiles;
}

/**
 * First-load JavaScript of the objective page: every chunk it loads up front (the page's, and its
 * layouts' and error pages' client components), gzipped (modern browsers skip polyfills).
 */
export function firstLoadJs(): { gzipBytes: number; files: { file: string; gzipBytes: number }[] } {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(ROUTE_DIR, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const entries = Object.values(readClientManifest()).flat();
  const files = [...new Set([...buildManifest.rootMainFiles, ...entries])];
  const sized = files.map((file) => ({ file, gzipBytes: zlib.gzipSync(fs.readFileSync(path.join(".next", file))).length }));
  return { gzipBytes: sized.reduce((sum, f) => sum + f.gzipBytes, 0), files: sized };
}

/** The CSS of the objective page: a static file served by the same server, the throughput ceiling. */
export function staticAssetPath(): string {
  const source = fs.readFileSync(`${ROUTE_DIR}_client-reference-manifest.js`, "utf8");
  const css = /"(static\/chunks\/[^"]+\.css)"/.exec(source);
  if (!css) throw new Error("No CSS file in the objective page's manifest");
  return `/_next/${css[1]}`;
}

/**
 * Lighthouse runs per page: its scores move by up to twenty points between runs of the same page
 * here, and Lighthouse's own advice is the median of five, which about halves the spread.
 */
const LIGHTHOUSE_RUNS = 5;

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  environment: { benchmarkIndex: number };
}

/**
 * Lighthouse (mobile defaults, simulated throttling) with the local Chromium, run LIGHTHOUSE_RUNS
 * times: the scores of the median run as Lighthouse picks it (closest to the median first paint and
 * time to interactive), out of 100, every run's performance score, and the speed Lighthouse measured
 * of this machine's CPU in the median run (its benchmark index), which its simulation does not adjust for.
 */
export function lighthouse(
  url: string,
): Skippable<{ performance: number; accessibility: number; runs: number[]; benchmarkIndex: number; metrics: Record<string, number> }> {
  const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(chrome)) return { skipped: `no Chromium at ${chrome} (set CHROME_PATH)` };
  const reports: LighthouseReport[] = [];
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
    const result = spawnSync(
      path.join("node_modules", ".bin", "lighthouse"),
      [
        url,
        "--quiet",
        "--output=json",
        "--output-path=stdout",
        "--only-categories=performance,accessibility",
        // Without it, headless Chromium presented the objective page's first frame one or two seconds
        // late, even for copies of it without scripts or stylesheet, though not a page that fits the
        // screen (the README's Benchmark section). Puppeteer and Playwright pass it in headless mode.
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars",
      ],
      { env: { ...process.env, CHROME_PATH: chrome }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
    );
    if (result.status !== 0) return { skipped: `lighthouse could not run: ${(result.stderr || String(result.error)).trim().split("\n").pop()}` };
    reports.push(JSON.parse(result.stdout) as LighthouseReport);
  }
  const score = (report: LighthouseReport, category: string) => Math.round((report.categories[category].score ?? 0) * 100);
  const median = computeMedianRun(reports as never) as unknown as LighthouseReport;
  const metrics = Object.fromEntries(
    ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"].map((id) => [id, median.audits[id]?.numericValue ?? NaN]),
  );
  return {
    performance: score(median, "performance"),
    accessibility: score(median, "accessibility"),
    runs: reports.map((report) => score(report, "performance")),
    benchmarkIndex: median.environment.benchmarkIndex,
    metrics,
  };
}
