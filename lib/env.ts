import { z } from "zod";

/**
 * The one place configuration is read. Everything else imports `env`.
 * Validated on first use: at server start (instrumentation.ts), in scripts, and in tests.
 */

const DEV_SECRET = "consultation-hub-development-secret-not-for-production";
const PLACEHOLDER_SECRETS = new Set([DEV_SECRET, "changeme", "secret", "change-me"]);

const booleanish = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    NEXT_PHASE: z.string().optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    AUTH_SECRET: z.string().optional(),
    AUTH_URL: z.string().url().optional(),
    DEMO_ACCOUNTS: booleanish.default(true),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    /** How many proxies in front of the app append to X-Forwarded-For (see lib/auth/client-key.ts). */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
    /** Print every SQL statement the app sends (npm run bench counts a page's queries with it). */
    LOG_QUERIES: booleanish.default(false),
  })
  .transform((raw, ctx) => {
    const isBuild = raw.NEXT_PHASE === "phase-production-build";
    let secret = raw.AUTH_SECRET;
    if (raw.NODE_ENV === "production" && !isBuild) {
      if (!secret || secret.length < 32 || PLACEHOLDER_SECRETS.has(secret)) {
        ctx.addIssue({
          code: "custom",
          path: ["AUTH_SECRET"],
          message:
            "a real secret of at least 32 characters is required in production " +
            "(generate one with `openssl rand -base64 32`); `npm start` creates one for local use",
        });
        return z.NEVER;
      }
    }
    secret ??= DEV_SECRET;
    return { ...raw, AUTH_SECRET: secret, DATABASE_URL: raw.DATABASE_URL || undefined };
  });

export type Env = z.output<typeof schema>;

export class ConfigurationError extends Error {
  override name = "ConfigurationError";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "unset" for every variable (a blank line in a .env file is common).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".") || "environment"}: ${i.message}`);
    throw new ConfigurationError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export const env: Env = new Proxy({} as Env, {
  get(_target, key: string) {
    cached ??= parseEnv(process.env);
    return cached[key as keyof Env];
  },
});
