import { spawn } from "node:child_process";
import { applyLocalDefaults } from "./local-defaults";
import { describeDatabase, prepareDatabase, runCli } from "./prepare-database";

runCli(async () => {
  applyLocalDefaults();
  await prepareDatabase({ seed: true });
  console.log(`Database: ${describeDatabase()}`);
  const server = spawn("npx", ["next", "dev", "--turbopack"], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
});
