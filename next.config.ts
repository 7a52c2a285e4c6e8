import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { SECURITY_HEADERS } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    // Catalogs are compiled when the app is built: browsers get messages ready to format and no ICU
    // parser (about 8 kB of gzipped JavaScript on every page), and nothing is parsed while hydrating.
    messages: { path: "./messages", format: "json", locales: "infer", precompile: true },
  },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // CI type-checks the whole project (npm run typecheck) before anything builds; the build's own
  // check of the same files would add about 20 s to every CI run.
  typescript: { ignoreBuildErrors: !!process.env.CI },
  // Native and WebAssembly packages are loaded from node_modules at run time, not bundled; so is
  // exceljs, whose zip library still calls the deprecated Buffer(): Node warns of that only for code
  // outside node_modules, and bundled, it printed a deprecation warning at the first XLSX export.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "exceljs"],
  experimental: {
    // A fresh checkout in CI has no build cache to reuse, and writing one costs about 15 s of its build.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [...SECURITY_HEADERS],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
