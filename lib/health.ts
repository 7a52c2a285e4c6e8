import "server-only";
import { sql } from "drizzle-orm";
import { getConnection } from "@/db/client";

export interface Health {
  status: "ok" | "unavailable";
  database: { driver: "postgres" | "pglite"; reachable: boolean; latencyMs?: number; error?: string };
}

/** Public by design (load balancers call it): says whether the database answers, nothing more. */
export async function checkHealth(): Promise<Health> {
  let driver: Health["database"]["driver"] = process.env.DATABASE_URL ? "postgres" : "pglite";
  const started = performance.now();
  try {
    const connection = getConnection();
    driver = connection.driver;
    await connection.db.execute(sql`SELECT 1`);
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return { status: "ok", database: { driver, reachable: true, latencyMs } };
  } catch (error) {
    return { status: "unavailable", database: { driver, reachable: false, error: (error as Error).name } };
  }
}
