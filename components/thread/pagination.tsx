import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { LoadMore, type LoadMoreAction } from "./load-more";
import { queryHref, toURLSearchParams, type SearchParamsInput } from "./query";

export interface PaginationProps {
  /** `ThreadPage.nextCursor` from listThread; null on the last page. */
  nextCursor: string | null;
  /** The page's search params (awaited), kept in the links except the position (`after`, `at`) and the opened threads (`replies`). */
  searchParams: SearchParamsInput;
  /**
   * Optional server action that renders the page after `cursor`. When given, "Load more comments"
   * appends that page in place (and moves the focus to it) instead of navigating; the link still
   * works without JavaScript, and is followed if the action fails. For example, in the objective page:
   *
   *   async function loadMore(cursor: string) {
   *     "use server";
   *     const page = await listThread(await getActor(), consultation, objective, { ...query, after: cursor });
   *     return { content: <CommentList comments={page.roots} />, nextCursor: page.nextCursor };
   *   }
   *
   * The content is shown after the page already there, just before the link.
   */
  loadMore?: LoadMoreAction;
}

/**
 * "Load more comments" below an objective's thread: a real link to `?…&after=<nextCursor>`, and,
 * once the reader has moved on from the first page, a link back to it.
 */
export function Pagination({ nextCursor, searchParams, loadMore }: PaginationProps) {
  const t = useTranslations("threadControls");
  const params = toURLSearchParams(searchParams);
  const moved = params.has("after") || params.has("at");
  params.delete("after");
  params.delete("at");
  // Opening a thread's replies keeps the comments loaded so far, and a new page opens none.
  params.delete("replies");
  const base = params.toString();
  if (!nextCursor && !moved) return null;
  return (
    <div className="flex flex-col items-start gap-3">
      {nextCursor ? (
        // Keyed by the filters: other filters start a new list of appended pages.
        <LoadMore key={base} base={base} cursor={nextCursor} loadMore={loadMore} />
      ) : null}
      {moved ? (
        <NextLink href={queryHref(params)} className="text-brand-800 underline underline-offset-4">
          {t("fromStart")}
        </NextLink>
      ) : null}
    </div>
  );
}
