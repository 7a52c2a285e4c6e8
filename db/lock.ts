import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * PGlite has no lock between processes: two processes opening one data folder silently lose writes.
 * This lock file makes the second one fail at once with a message naming the holder.
 */

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export class DataFolderLockedError extends Error {
  override name = "DataFolderLockedError";
  constructor(
    readonly folder: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The embedded database in ${folder} is in use by process ${holder.pid} on ${holder.host} ` +
        `(${holder.command}, since ${holder.since}). Stop that process first, or set DATABASE_URL ` +
        `to share a PostgreSQL server between several processes.`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockHolder;
  } catch {
    return undefined;
  }
}

/** Takes the lock on `folder` or throws DataFolderLockedError; returns the release function. */
export function lockDataFolder(folder: string): () => void {
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, "..", `${path.basename(folder)}.lock`);
  const me: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    command: process.argv.slice(1, 3).map((a) => path.basename(a)).join(" ") || "node",
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readHolder(file)?.pid === me.pid) fs.rmSync(file, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(file);
      // A holder on another host cannot be checked; trust the file. A dead local holder is stale.
      if (holder && (holder.host !== me.host || isAlive(holder.pid))) {
        throw new DataFolderLockedError(folder, holder);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${folder}`);
}
