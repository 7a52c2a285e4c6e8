import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { BenchDatabase } from "./database";

/**
 * The production server as `npm start` runs it (build if stale, migrate, seed, next start), with
 * LOG_QUERIES on so the benchmark counts each page's queries from the server's own output.
 */
export interface BenchServer {
  origin: string;
  /** Statements the server has sent so far (lines printed by LOG_QUERIES). */
  queries: () => number;
  /** Resident memory of the process that serves HTTP, in bytes. */
  rss: () => number;
  stop: () => Promise<void>;
}

const TSX = path.join("node_modules", ".bin", "tsx");

export async function startServer(database: BenchDatabase, port: number, log: (line: string) => void): Promise<BenchServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), LOG_QUERIES: "true", DEMO_ACCOUNTS: "true" };
  delete env.DATABASE_URL;
  delete env.PGLITE_DIR;
  if (database.url) env.DATABASE_URL = database.url;
  else env.PGLITE_DIR = database.pgliteDir;

  // Its own process group, so stopping it stops next start and any worker it forked.
  const child = spawn(TSX, ["--conditions=react-server", "scripts/start.ts"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let queries = 0;
  const tail: string[] = [];
  const onLine = (line: string) => {
    if (line.startsWith("[query]")) {
      queries++;
      return;
    }
    tail.push(line);
    if (tail.length > 40) tail.shift();
    if (/error|warn/i.test(line)) log(`  server: ${line}`);
  };
  for (const stream of [child.stdout!, child.stderr!]) {
    let buffered = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      lines.forEach(onLine);
    });
  }
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));

  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + 6 * 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${tail.join("\n")}`);
    if (Date.now() > deadline) throw new Error(`The server did not answer within 6 minutes:\n${tail.join("\n")}`);
    const ok = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const pid = listeningPid(child, port);

  return {
    origin,
    queries: () => queries,
    rss: () => residentBytes(pid),
    stop: async () => {
      if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
      const timer = setTimeout(() => child.exitCode === null && process.kill(-child.pid!, "SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The process of the group that listens on the port: `next start` itself, not its launchers. */
function listeningPid(child: ChildProcess, port: number): number {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10) continue;
      const localPort = parseInt(fields[1].split(":").pop()!, 16);
      if (localPort === port && fields[3] === "0A") inodes.add(fields[9]);
    }
  }
  for (const pid of descendants(child.pid!)) {
    try {
      const links = fs.readdirSync(`/proc/${pid}/fd`).map((fd) => fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (links.some((link) => inodes.has(/^socket:\[(\d+)\]$/.exec(link)?.[1] ?? ""))) return pid;
    } catch {
      // The process ended or is not ours to read.
    }
  }
  throw new Error(`No process of the server listens on port ${port}`);
}

function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // Gone since the listing.
    }
  }
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    for (const [pid, parent] of parents) if (parent === found[i]) found.push(pid);
  }
  return found;
}

function residentBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

/** A signed-in session, through Auth.js's credentials endpoint as the sign-in form's action uses it. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = cookiesOf(csrf);
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${origin}/en` }),
  });
  const session = cookiesOf(response)
    .split("; ")
    .filter((c) => c.includes("session-token"))
    .join("; ");
  if (!session) throw new Error(`Could not sign in as ${email} (HTTP ${response.status})`);
  return session;
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
