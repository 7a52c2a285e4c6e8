import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../db/seed/demo-accounts";
import { env } from "../lib/env";
import { buildApp } from "./build-app";
import { applyLocalDefaults } from "./local-defaults";
import { describeDatabase, prepareDatabase, runCli } from "./prepare-database";

const SOURCES = ["app", "components", "lib", "db", "messages", "public", "proxy.ts", "instrumentation.ts", "instrumentation-node.ts", "next.config.ts", "package.json", "postcss.config.mjs", "scripts/build-app.ts"];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .reduce((max, child) => Math.max(max, newestMtime(path.join(entry, child))), stat.mtimeMs);
}

function buildIsCurrent(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.every((entry) => newestMtime(entry) <= built);
}

function printWelcome(url: string): void {
  console.log(`\nConsultation Hub is starting on ${url} (database: ${describeDatabase()})`);
  if (env.DEMO_ACCOUNTS) {
    console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(30)} ${account.role}`);
    console.log("Set DEMO_ACCOUNTS=false for a real deployment.\n");
  }
}

runCli(async () => {
  Object.assign(process.env, { NODE_ENV: "production" });
  applyLocalDefaults();
  if (!buildIsCurrent()) {
    console.log("Building the app (first start, or sources changed)...");
    const status = buildApp();
    if (status !== 0) process.exit(status);
  }
  await prepareDatabase({ seed: true });
  const port = process.env.PORT ?? "3000";
  printWelcome(`http://localhost:${port}`);
  // Node runs the server directly (no npx or shell in between), so signals reach it.
  const server = spawn(process.execPath, ["--import", "tsx", "server.ts"], { stdio: "inherit", env: { ...process.env, PORT: port } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
});
