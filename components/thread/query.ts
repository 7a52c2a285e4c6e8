import type { ThreadQuery } from "@/lib/comments/schemas";

/** The thread's filter fields, in the order they appear in the URL. */
export const FILTER_FIELDS = ["group", "region", "country", "stance", "principle", "language", "official"] as const;

/** What a page receives as `searchParams` (awaited), or the browser's own. */
export type SearchParamsInput = Record<string, string | string[] | undefined> | URLSearchParams;

export function toURLSearchParams(input: SearchParamsInput): URLSearchParams {
  if (input instanceof URLSearchParams) return new URLSearchParams(input);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}

/** A query-only href ("?…" or "?" for none): it resolves against the current page, whatever its locale. */
export function queryHref(params: URLSearchParams): string {
  const search = params.toString();
  return search ? `?${search}` : "?";
}

/**
 * The thread's URL params for a query, without its position (`after`, `at`): changing the sort or a
 * filter starts the thread again from its first page. The default sort is left out.
 */
export function threadParams(query: Partial<ThreadQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.sort && query.sort !== "newest") params.set("sort", query.sort);
  for (const field of FILTER_FIELDS) {
    const value = query[field];
    if (value) params.set(field, value);
  }
  return params;
}

export function activeFilterCount(query: Partial<ThreadQuery>): number {
  return FILTER_FIELDS.filter((field) => Boolean(query[field])).length;
}
