import { parseEnv } from "./lib/env";

// Refuse to serve with an invalid configuration (a missing AUTH_SECRET in production, a malformed
// DATABASE_URL) rather than fail on the first request.
try {
  parseEnv(process.env);
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}
