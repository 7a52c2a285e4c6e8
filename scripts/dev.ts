import { spawn } from "node:child_process";
import path from "node:path";
import { applyLocalDefaults } from "./local-defaults";
import { describeDatabase, prepareDatabase, runCli } from "./prepare-database";

runCli(async () => {
  applyLocalDefaults();
  await prepareDatabase({ seed: true });
  console.log(`Database: ${describeDatabase()}`);
  const next = path.join("node_modules", "next", "dist", "bin", "next");
  const server = spawn(process.execPath, [next, "dev"], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
});
