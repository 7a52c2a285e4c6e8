/**
 * The threads whose replies a page shows, opened by the reader: `?replies=<id>,<id>`. Read by the
 * server and written by the browser, so this module stays free of heavier imports.
 */

/** Threads whose replies a page shows at once; the latest opened are kept. */
export const MAX_OPEN_THREADS = 20;
/** The shape of a comment id in a URL. */
export const COMMENT_ID = /^[0-9a-f-]{36}$/;

/** The `replies` parameter read leniently: unknown parts are dropped, the latest threads kept. */
export function openThreadsOf(value: string | null | undefined): string[] {
  const ids = (value ?? "").split(",").filter((part) => COMMENT_ID.test(part));
  return [...new Set(ids)].slice(-MAX_OPEN_THREADS);
}

/** The `replies` parameter with one more thread open. */
export function withOpenThread(value: string | null | undefined, rootId: string): string {
  return openThreadsOf([...openThreadsOf(value).filter((id) => id !== rootId), rootId].join(",")).join(",");
}
