import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Domain modules refuse to load outside a React server; tests are trusted server code.
      "server-only": path.resolve(import.meta.dirname, "test/server-only.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", ".data/**", "e2e/**"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
    // next-auth imports "next/server" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-auth"] } },
    // On PGlite every file has its own single-threaded database, so every core can run a file; on a
    // PostgreSQL server the files share one database, and run one at a time as they were written to.
    maxWorkers: process.env.TEST_DATABASE_URL || process.env.DATABASE_URL ? 1 : os.availableParallelism(),
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
