import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;

// A fresh embedded database for every run. The config is evaluated again in each worker process,
// so the folder chosen by the main process is handed down through the environment.
if (!process.env.E2E_PGLITE_DIR) {
  removeOldRunFolders();
  process.env.E2E_PGLITE_DIR = `.data/e2e-${Date.now()}`;
}

/** Deletes the databases of earlier runs (kept for an hour, to look into a failure). */
function removeOldRunFolders(): void {
  const cutoff = Date.now() - 60 * 60 * 1000;
  const entries = fs.existsSync(".data") ? fs.readdirSync(".data") : [];
  for (const entry of entries) {
    const match = /^e2e-(\d+)(\.lock)?$/.exec(entry);
    if (match && Number(match[1]) < cutoff) fs.rmSync(`.data/${entry}`, { recursive: true, force: true });
  }
}

// Debian's Chromium when installed, else the browser Playwright downloaded.
const DEBIAN_CHROMIUM = "/usr/bin/chromium";
const executablePath = fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;

const serverEnv: Record<string, string> = {
  PORT: String(PORT),
  PGLITE_DIR: process.env.E2E_PGLITE_DIR,
};
// With DATABASE_URL the app uses that PostgreSQL instead of the embedded database.
if (process.env.DATABASE_URL) serverEnv.DATABASE_URL = process.env.DATABASE_URL;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: "test-results",
  use: {
    baseURL: BASE_URL,
    locale: "en-US",
    // Recording every test's trace made the suite about a fifth slower; CI retries a failed test
    // once and records that attempt.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    screenshot: "only-on-failure",
    navigationTimeout: 20_000,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "npm start",
    url: `${BASE_URL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: serverEnv,
  },
});
