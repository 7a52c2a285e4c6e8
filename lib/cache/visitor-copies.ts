import { createHash, randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

const gzipAsync = promisify(gzip);

/**
 * The visitors' copies of objective pages: what a visitor without a session sees on an objective page
 * without a query is the same for all of them, so it is answered from memory before Next sees the
 * request (see visitor-front.ts). A copy is the page as the server renders it at
 * `app/[locale]/visitor/…`, fetched from the server itself, kept as it is and gzipped. Additions (new
 * comments, endorsements) and what no write announces (a consultation opening or closing on its
 * dates) show when a copy is FRESH_FOR old: the next visitor still gets it while a new one is fetched
 * behind. Changes and removals drop every copy at once (dropVisitorCopies).
 */
export const FRESH_FOR_MS = 15_000;
/**
 * Copies kept at most: 3 languages × 23 objectives is 69 for one consultation, and a copy of a busy
 * objective's page is about 130 kB, so this holds seven such consultations in about 65 MB.
 */
const MAX_COPIES = 500;
const FETCH_TIMEOUT_MS = 10_000;
/** Headers of the rendered page that belong to the page itself; the rest are added per request. */
const KEPT_HEADERS = ["content-type", "link"];

export interface VisitorCopy {
  body: Buffer;
  /** The same, gzipped once for the browsers that ask for it (all of them) instead of on every answer. */
  gzipped: Buffer;
  headers: [string, string][];
  etag: string;
  renderedAt: number;
}

interface Store {
  copies: Map<string, VisitorCopy>;
  /** Fetches in flight, one per copy, each with the generation it was started in. */
  pending: Map<string, { generation: number; done: Promise<VisitorCopy | undefined> }>;
  /** Bumped by every drop, so a fetch that started before it does not put back what it dropped. */
  generation: number;
  /** Marks the fetches of the copies' addresses, which nobody else may reach (see proxy.ts). */
  token: string;
}

// The server, the proxy and the actions that drop copies each load this module apart (the server
// itself, and two of Next's bundles); they share this process's global.
const KEY = Symbol.for("consultation-hub.visitor-copies");
const global = globalThis as typeof globalThis & { [KEY]?: Store };
const store: Store = (global[KEY] ??= { copies: new Map(), pending: new Map(), generation: 0, token: randomUUID() });

export const COPY_REQUEST_HEADER = "x-visitor-copy";

/** Whether a request is a fetch of a copy. */
export function isCopyFetch(headers: Headers): boolean {
  return headers.get(COPY_REQUEST_HEADER) === store.token;
}

/** What marks a fetch of a copy. */
export function copyFetchHeaders(): Record<string, string> {
  return { [COPY_REQUEST_HEADER]: store.token };
}

/** After a write that changes or removes what objective pages show. */
export function dropVisitorCopies(): void {
  store.generation++;
  store.copies.clear();
  store.pending.clear();
}

/**
 * The copy of the page at `path` (the visitors' page, on the server at `origin`), fetched when there is
 * none; a stale one is returned at once and refreshed behind. Undefined when the page could not be
 * fetched or did not answer 200 (a missing objective, a database outage): the caller renders the page
 * for the request, which says what went wrong. A fresh copy is returned as it is, not as a promise:
 * it is what almost every request gets, and the front then answers without waiting on anything.
 */
export function visitorCopy(path: string, origin: string, now = Date.now()): VisitorCopy | Promise<VisitorCopy | undefined> {
  const copy = store.copies.get(path);
  if (copy && now - copy.renderedAt < FRESH_FOR_MS) return copy;
  const done = refresh(path, new URL(path, origin));
  return copy ?? done;
}

function refresh(key: string, copyUrl: URL): Promise<VisitorCopy | undefined> {
  const inFlight = store.pending.get(key);
  if (inFlight && inFlight.generation === store.generation) return inFlight.done;
  const generation = store.generation;
  const done: Promise<VisitorCopy | undefined> = fetchCopy(copyUrl)
    .then((copy) => {
      if (copy && generation === store.generation) keep(key, copy);
      return copy;
    })
    .catch((error: unknown) => {
      console.error(`Could not fetch the visitors' copy of ${key}:`, error);
      return undefined;
    })
    .finally(() => {
      if (store.pending.get(key)?.done === done) store.pending.delete(key);
    });
  store.pending.set(key, { generation, done });
  return done;
}

function keep(key: string, copy: VisitorCopy): void {
  store.copies.delete(key);
  if (store.copies.size >= MAX_COPIES) store.copies.delete(store.copies.keys().next().value!);
  store.copies.set(key, copy);
}

async function fetchCopy(copyUrl: URL): Promise<VisitorCopy | undefined> {
  const renderedAt = Date.now();
  const response = await fetch(copyUrl, {
    headers: { ...copyFetchHeaders(), "accept-encoding": "identity" },
    redirect: "manual",
    cache: "no-store",
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  if (response.status !== 200) {
    await response.body?.cancel();
    return undefined;
  }
  const body = Buffer.from(await response.arrayBuffer());
  const headers = KEPT_HEADERS.flatMap((name) => {
    const value = response.headers.get(name);
    return value === null ? [] : [[name, value] as [string, string]];
  });
  const etag = `W/"${createHash("sha1").update(body).digest("base64url")}"`;
  return { body, gzipped: await gzipAsync(body), headers, etag, renderedAt };
}
