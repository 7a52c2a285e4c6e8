import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Safe defaults for running on one's own machine: a random AUTH_SECRET created once and kept in the
 * data folder (never a constant shared by every install), and trust in the Host header.
 */
export function applyLocalDefaults(): void {
  if (!process.env.AUTH_SECRET) {
    const file = path.resolve(".data", "auth-secret");
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  }
  if (!process.env.AUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";
}
