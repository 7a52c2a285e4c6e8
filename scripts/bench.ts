import os from "node:os";
import { sql } from "drizzle-orm";
import { parseArgs } from "node:util";
import { DEMO_PASSWORD } from "../db/seed/demo-accounts";
import type { Connection } from "../db/client";
import { createBenchDatabase, seedBenchDatabase } from "../bench/database";
import {
  commentPosts,
  copyCeiling,
  exportRun,
  firstLoadJs,
  lighthouse,
  probe,
  queriesFor,
  rawInsertCeiling,
  staticAssetPath,
} from "../bench/figures";
import { load, settle, type LoadResult } from "../bench/load";
import { printTable, verdict, writeResults, type Row } from "../bench/report";
import { SIZED_OBJECTIVES } from "../bench/seed-large";
import { startServer, signIn } from "../bench/server";
import { runCli } from "./prepare-database";

/**
 * npm run bench [-- --comments N] [--seconds S] [--port P] [--check]
 * Seeds a fresh database with a large consultation, starts the production server on it and measures
 * the figures of bench/budgets.json against their ceilings. See README ("Benchmark").
 */
const { values: args } = parseArgs({
  options: {
    comments: { type: "string", default: "50000" },
    seconds: { type: "string", default: "10" },
    port: { type: "string", default: "3300" },
    seed: { type: "string", default: "42" },
    check: { type: "boolean", default: false },
  },
});

const comments = Number(args.comments);
const seconds = Number(args.seconds);
const log = (line: string) => console.log(line);
const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pct = (n: number) => `${fmt(n * 100, 1)} %`;
const latency = (r: LoadResult) => `p50 ${fmt(r.p50)} / p95 ${fmt(r.p95)} / p99 ${fmt(r.p99)} ms`;
const mb = (bytes: number) => bytes / 1024 / 1024;

runCli(async () => {
  const started = performance.now();
  const rows: Row[] = [];
  const database = await createBenchDatabase(process.env.DATABASE_URL);
  const withDirect = async <T>(measure: (direct: Connection) => Promise<T>): Promise<T> => {
    const direct = database.connect(10);
    try {
      return await measure(direct);
    } finally {
      await direct.close();
    }
  };
  log(`Benchmark on ${database.describe}, ${fmt(comments)} comments, ${os.cpus().length} cores`);
  try {
    const seedStarted = performance.now();
    const sizes = await seedBenchDatabase(database, {
      comments,
      participants: 2000,
      endorsements: comments * 2,
      flags: 2000,
      seed: Number(args.seed),
    });
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    log(`Seeded in ${fmt(seedSeconds, 1)} s`);
    rows.push({ figure: "seed (users, comments, endorsements, flags)", value: `${fmt(seedSeconds, 1)} s`, data: { seconds: seedSeconds, sizes: Object.fromEntries(sizes) } });

    // Ceilings that talk to the database directly. A machine's speed drifts within a run, so on
    // PostgreSQL each is measured right before its figure, the server idle, as the static file is;
    // PGlite admits one process, so there they are measured before the server holds the database.
    const postTarget = { number: 10 };
    const target = await withDirect(async (direct) => {
      const [row] = (await direct.db.execute(sql.raw(`SELECT o.id AS "objectiveId", o.consultation_id AS "consultationId",
          (SELECT id FROM users WHERE email = 'civil-society@example.org') AS "authorId"
        FROM objectives o JOIN consultations c ON c.id = o.consultation_id WHERE c.slug = 'gcm' AND o.number = ${postTarget.number}`)).then(
        (r) => ("rows" in (r as object) ? (r as { rows: unknown[] }).rows : r),
      )) as { objectiveId: string; consultationId: string; authorId: string }[];
      return row;
    });
    const measureInserts = async () => {
      const inserts = await withDirect((direct) => rawInsertCeiling(direct, target, seconds));
      log(`Raw inserts: ${fmt(inserts.requestsPerSecond)}/s`);
      return inserts;
    };
    const measureCopy = async () => {
      const copy = await withDirect(copyCeiling);
      log(`COPY of every comment: ${fmt(copy.seconds, 2)} s`);
      return copy;
    };
    const early = database.url ? undefined : { inserts: await measureInserts(), copy: await measureCopy() };

    log("Starting the production server (builds when sources changed)...");
    const server = await startServer(database, Number(args.port), log);
    try {
      const page = (number: number) => `${server.origin}/en/consultations/gcm/objectives/${number}`;
      const large = page(SIZED_OBJECTIVES.large);
      const staticUrl = `${server.origin}${staticAssetPath()}`;
      log("Warming up...");
      await load({ url: large, connections: 10, seconds: 5 });
      await load({ url: staticUrl, connections: 10, seconds: 2 });
      await settle(staticUrl);

      // 1. The objective page against a static file of the same server.
      for (const connections of [10, 50]) {
        const measured = await load({ url: large, connections, seconds });
        await settle(staticUrl);
        const ceiling = await load({ url: staticUrl, connections, seconds });
        await settle(staticUrl);
        log(`Objective page at ${connections} connections: ${fmt(measured.requestsPerSecond)}/s, ${latency(measured)}; static ${fmt(ceiling.requestsPerSecond)}/s`);
        rows.push({
          figure: `objective page, visitor (${fmt(sizes.get(SIZED_OBJECTIVES.large)!)} comments), ${connections} conn.`,
          value: `${fmt(measured.requestsPerSecond)} req/s`,
          ceiling: `${fmt(ceiling.requestsPerSecond)} req/s`,
          ratio: pct(measured.requestsPerSecond / ceiling.requestsPerSecond),
          budget: "objectivePageThroughput",
          measured: measured.failures > 0 ? NaN : measured.requestsPerSecond / ceiling.requestsPerSecond,
          data: { page: measured, static: ceiling, staticPath: staticAssetPath() },
        });
        rows.push({
          figure: `  latency at ${connections} conn.`,
          value: latency(measured),
          ceiling: latency(ceiling),
          budget: connections === 10 ? "objectivePageP95" : undefined,
          measured: measured.p95,
        });
      }

      // 3. Queries per page, counted from the server, for a visitor and for a signed-in participant.
      const participant = await signIn(server.origin, "civil-society@example.org", DEMO_PASSWORD);
      const counts: Record<string, { visitor: number; signedIn: number; comments: number }> = {};
      for (const [size, number] of Object.entries(SIZED_OBJECTIVES)) {
        counts[size] = {
          comments: sizes.get(number)!,
          // With a query the visitor's page is rendered for the request (without, it may be their copy, 0 queries).
          visitor: await queriesFor(server, `${page(number)}?sort=newest`),
          signedIn: await queriesFor(server, page(number), participant),
        };
      }
      const all = Object.values(counts).flatMap((c) => [c.visitor, c.signedIn]);
      const same = Object.values(counts).every((c) => c.visitor === counts.small.visitor && c.signedIn === counts.small.signedIn);
      rows.push({
        figure: `queries per objective page (${Object.values(counts).map((c) => fmt(c.comments)).join(" / ")} comments)`,
        value: `visitor ${Object.values(counts).map((c) => c.visitor).join("/")}, signed in ${Object.values(counts).map((c) => c.signedIn).join("/")}`,
        budget: "queriesPerObjectivePage",
        measured: Math.max(...all),
        holds: same,
        data: counts,
      });

      // The same page for a signed-in reader, rendered per request (visitors get their copy): no
      // budget of its own, shown beside the visitor's figure.
      const signedInPage = await load({ url: large, connections: 10, seconds, headers: { cookie: participant } });
      await settle(staticUrl);
      log(`Objective page signed in: ${fmt(signedInPage.requestsPerSecond)}/s, ${latency(signedInPage)}`);
      rows.push({
        figure: "objective page, signed in (rendered per request), 10 conn.",
        value: `${fmt(signedInPage.requestsPerSecond)} req/s, ${latency(signedInPage)}`,
        data: signedInPage,
      });

      // 2. Posting a comment through the form's Server Action, against raw inserts into the same table.
      // Warmed first: the action's code is compiled on its first calls and optimized over many more.
      // Measured in 5-second windows from the first post: about 220, 300, 355 and 395 posts/s.
      const postTo = { objectiveId: target.objectiveId, number: postTarget.number };
      await commentPosts(server, participant, postTo, 15);
      await settle(staticUrl);
      const inserts = early?.inserts ?? (await measureInserts());
      const posts = await commentPosts(server, participant, postTo, seconds);
      log(`Comment posts: ${fmt(posts.requestsPerSecond, 1)}/s (${posts.failures} failures)`);
      await settle(staticUrl);
      rows.push({
        figure: "comment posts (Server Action), 10 conn.",
        value: `${fmt(posts.requestsPerSecond, 1)} req/s, p95 ${fmt(posts.p95)} ms`,
        ceiling: `${fmt(inserts.requestsPerSecond)} inserts/s, p95 ${fmt(inserts.p95, 1)} ms`,
        ratio: pct(posts.requestsPerSecond / inserts.requestsPerSecond),
        budget: "commentPosts",
        measured: posts.failures > 0 ? NaN : posts.requestsPerSecond / inserts.requestsPerSecond,
        data: { posts, inserts },
      });

      // 4. Exports of every comment (a secretariat's session).
      const secretariat = await signIn(server.origin, "secretariat@example.org", DEMO_PASSWORD);
      const copy = early?.copy ?? (await measureCopy());
      const exportUrl = (format: string) => `${server.origin}/api/consultations/gcm/export?format=${format}`;
      // Plain bytes, as COPY writes them: the budget compares the export, not the compression.
      const csv = await exportRun(server, exportUrl("csv"), secretariat, "identity");
      const label = `${fmt(comments)} comments`;
      if ("skipped" in csv) {
        for (const figure of [`CSV export (${label}): time`, "  CSV export: server memory growth", `XLSX export (${label}): time`]) {
          rows.push({ figure, value: "", skipped: csv.skipped, budget: undefined });
        }
      } else {
        rows.push({
          figure: `CSV export (${label}): time`,
          value: `${fmt(csv.seconds, 2)} s (${fmt(mb(csv.bytes), 1)} MB)`,
          ceiling: `COPY ${fmt(copy.seconds, 2)} s (${fmt(mb(copy.bytes), 1)} MB)`,
          ratio: `${fmt(csv.seconds / copy.seconds, 2)}×`,
          budget: "csvExportTime",
          measured: csv.seconds / copy.seconds,
          data: { csv, copy },
        });
        rows.push({ figure: "  CSV export: server memory growth", value: `${fmt(mb(csv.memoryGrowth), 1)} MB`, budget: "csvExportMemory", measured: mb(csv.memoryGrowth) });
        const gzipped = await exportRun(server, exportUrl("csv"), secretariat, "gzip");
        if (!("skipped" in gzipped)) {
          rows.push({
            figure: "  CSV export gzipped, as a browser asks",
            value: `${fmt(gzipped.seconds, 2)} s (memory +${fmt(mb(gzipped.memoryGrowth), 1)} MB)`,
            ratio: `${fmt(gzipped.seconds / copy.seconds, 2)}×`,
            data: gzipped,
          });
        }
        const xlsx = await exportRun(server, exportUrl("xlsx"), secretariat, "gzip");
        if ("skipped" in xlsx) rows.push({ figure: `XLSX export (${label}): time`, value: "", skipped: xlsx.skipped });
        else {
          rows.push({
            figure: `XLSX export (${label}): time`,
            value: `${fmt(xlsx.seconds, 2)} s (${fmt(mb(xlsx.bytes), 1)} MB, memory +${fmt(mb(xlsx.memoryGrowth), 1)} MB)`,
            budget: "xlsxExportTime",
            measured: xlsx.seconds,
            data: xlsx,
          });
        }
      }
      if (!("skipped" in csv)) log(`Exports measured`);
      else log(`Exports: skipped: ${csv.skipped}`);

      // 5. The moderation queue of flagged comments.
      const moderator = await signIn(server.origin, "moderator@example.org", DEMO_PASSWORD);
      const queueUrl = `${server.origin}/en/consultations/gcm/moderation?queue=flagged`;
      const queueStatus = await probe(queueUrl, moderator);
      if (queueStatus === 404) rows.push({ figure: "moderation queue (2,000 flagged), 10 conn.", value: "", skipped: "moderation route not present" });
      else {
        const queue = await load({ url: queueUrl, connections: 10, seconds, headers: { cookie: moderator } });
        await settle(staticUrl);
        rows.push({
          figure: "moderation queue (2,000 flagged), 10 conn.",
          value: `${fmt(queue.requestsPerSecond, 1)} req/s, ${latency(queue)}${queue.failures ? `, ${queue.failures} failures` : ""}`,
          data: queue,
        });
      }

      // 6. JavaScript the objective page loads up front.
      const js = firstLoadJs();
      rows.push({ figure: "first-load JS of the objective page", value: `${fmt(js.gzipBytes / 1024, 1)} kB gzip`, budget: "firstLoadJs", measured: js.gzipBytes / 1024, data: js });

      // 7. Lighthouse on the large objective page, as a visitor.
      log("Lighthouse...");
      const audit = lighthouse(large);
      if ("skipped" in audit) {
        rows.push({ figure: "Lighthouse performance", value: "", skipped: audit.skipped });
        rows.push({ figure: "Lighthouse accessibility", value: "", skipped: audit.skipped });
      } else {
        rows.push({
          figure: "Lighthouse performance (mobile)",
          value: `${audit.performance} (median run; runs ${audit.runs.join(", ")}; CPU index ${fmt(audit.benchmarkIndex)})`,
          budget: "lighthousePerformance",
          measured: audit.performance,
          data: { runs: audit.runs, benchmarkIndex: audit.benchmarkIndex, ...audit.metrics },
        });
        rows.push({ figure: "Lighthouse accessibility", value: String(audit.accessibility), budget: "lighthouseAccessibility", measured: audit.accessibility });
      }
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
  }

  const table = printTable(rows);
  const totalSeconds = (performance.now() - started) / 1000;
  console.log(`\n${table}\n\nWhole run: ${fmt(totalSeconds)} s. Results in bench/results.json.`);
  writeResults("bench/results.json", {
    date: new Date().toISOString(),
    database: process.env.DATABASE_URL ? "postgresql" : "pglite",
    comments,
    secondsPerLoad: seconds,
    cores: os.cpus().length,
    node: process.version,
    totalSeconds,
  }, rows);
  const failed = rows.filter((r) => verdict(r) === "FAIL");
  if (args.check && failed.length > 0) {
    console.error(`\n${failed.length} budget(s) missed: ${failed.map((r) => r.figure.trim()).join("; ")}`);
    process.exit(1);
  }
});
