import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { connect } from "@/db/client";
import { DataFolderLockedError, lockDataFolder } from "@/db/lock";

const folders: string[] = [];
function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "pglite-lock-"));
  folders.push(folder);
  return path.join(folder, "pglite");
}

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

describe("the PGlite data folder lock", () => {
  it("refuses a second holder and names the first", () => {
    const folder = tempFolder();
    const release = lockDataFolder(folder);
    try {
      expect(() => lockDataFolder(folder)).toThrow(DataFolderLockedError);
      expect(() => lockDataFolder(folder)).toThrow(new RegExp(`process ${process.pid}`));
    } finally {
      release();
    }
    // Released: the next holder gets it.
    lockDataFolder(folder)();
  });

  it("takes over a lock left by a process that died", async () => {
    const folder = tempFolder();
    const child = spawn(process.execPath, ["-e", "0"]);
    await new Promise((resolve) => child.on("exit", resolve));
    fs.writeFileSync(
      `${folder}.lock`,
      JSON.stringify({ pid: child.pid, host: os.hostname(), command: "gone", since: new Date().toISOString() }),
    );
    const release = lockDataFolder(folder);
    release();
  });

  it("stops a second connection to the same folder before it can lose writes", async () => {
    const folder = tempFolder();
    const first = connect({ pgliteDir: folder });
    try {
      expect(() => connect({ pgliteDir: folder })).toThrow(DataFolderLockedError);
    } finally {
      await first.close();
    }
    const again = connect({ pgliteDir: folder });
    await again.close();
    // Creating a database folder twice takes a while on a busy machine.
  }, 60_000);
});
