import { describe, expect, it } from "vitest";
import { ConfigurationError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives safe development defaults", () => {
    const env = parseEnv({});
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DEMO_ACCOUNTS).toBe(true);
    expect(env.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("refuses to run in production without a real secret, saying how to make one", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(ConfigurationError);
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET.*openssl rand/s);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "changeme" })).toThrow(/AUTH_SECRET/);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: "k".repeat(40) }).AUTH_SECRET).toBe("k".repeat(40));
  });

  it("lets the production build run without the secret", () => {
    expect(() => parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).not.toThrow();
  });

  it("validates the database URL and treats empty values as unset", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: "postgres://u@h/db" }).DATABASE_URL).toBe("postgres://u@h/db");
    expect(parseEnv({ DEMO_ACCOUNTS: "false" }).DEMO_ACCOUNTS).toBe(false);
    expect(() => parseEnv({ DEMO_ACCOUNTS: "maybe" })).toThrow(/DEMO_ACCOUNTS/);
  });
});
