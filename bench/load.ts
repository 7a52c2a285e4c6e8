import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses that were not 2xx, and connection errors. */
  failures: number;
  requests: number;
}

/** Percentiles in milliseconds of the latencies, nearest rank. */
export function summarize(latencies: number[], seconds: number, failures: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
  return {
    requestsPerSecond: latencies.length / seconds,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    failures,
    requests: latencies.length,
  };
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** A new body for each request (a POST with a fresh idempotency key). */
  body?: () => string;
}

/**
 * autocannon for the given time; percentiles are computed from every response's own latency, since
 * autocannon's summary has no p95.
 */
export function load(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let failures = 0;
    const body = options.body;
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        method: options.method ?? "GET",
        headers: options.headers,
        requests: body ? [{ setupRequest: (request) => ({ ...request, body: body() }) }] : undefined,
        timeout: 30,
      },
      (error, result) => {
        if (error) reject(error);
        else resolve(summarize(latencies, options.seconds, failures + result.errors));
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else failures++;
    });
  });
}

/** Runs `task` from `workers` loops at once for the given time: the same shape of load, without HTTP. */
export async function loadLoop(workers: number, seconds: number, task: (i: number) => Promise<unknown>): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        try {
          await task(next++);
          latencies.push(performance.now() - started);
        } catch {
          failures++;
        }
      }
    }),
  );
  return summarize(latencies, seconds, failures);
}

/**
 * Waits until the server has worked off the backlog of the previous load (requests autocannon gave
 * up on are still being rendered), so one measurement does not slow the next.
 */
export async function settle(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quick = 0;
  while (quick < 3 && Date.now() < deadline) {
    const started = performance.now();
    await fetch(url).then((r) => r.arrayBuffer(), () => undefined);
    quick = performance.now() - started < 50 ? quick + 1 : 0;
    await new Promise((r) => setTimeout(r, 100));
  }
}
