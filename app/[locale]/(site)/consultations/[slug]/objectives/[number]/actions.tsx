"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { createComment, deleteComment, editComment, flagComment, setEndorsement } from "@/lib/comments/mutations";
import { listRevisions } from "@/lib/comments/revisions";
import { CommentList } from "@/components/comments/comment-list";
import { getActor } from "@/lib/auth/current-actor";
import { openThreadsOf } from "@/lib/comments/open-threads";
import { commentRefSchema, commentSchema, editCommentSchema, flagSchema, threadQuerySchema } from "@/lib/comments/schemas";
import { listThread } from "@/lib/comments/thread";
import { getConsultation, getObjective } from "@/lib/consultations/queries";
import type { Stance } from "@/lib/domain-values";
import { refreshConsultationPages } from "@/lib/cache/consultation-pages";

/*
 * Writes that take something away or change it (edits, deletions, flags) replace every copy of the
 * consultation's pages at once. Additions (a new comment, an endorsement) do not: the writer's page
 * refreshes itself, and the visitors' copies catch up when they are 15 seconds old. That
 * keeps a post to one insert, not a render of every page that shows it.
 */

export const postCommentAction = validatedAction(commentSchema, async (input, actor) => {
  const created = await createComment(actor, input);
  return { ok: true, data: created };
});

export const editCommentAction = validatedAction(editCommentSchema, async (input, actor) => {
  await editComment(actor, input);
  refreshConsultationPages();
});

export const deleteCommentAction = validatedAction(commentRefSchema, async ({ commentId }, actor) => {
  await deleteComment(actor, commentId);
  refreshConsultationPages();
});

export const endorseAction = validatedAction(
  commentRefSchema.extend({ endorse: z.boolean() }),
  async ({ commentId, endorse }, actor) => {
    const state = await setEndorsement(actor, commentId, endorse);
    return { ok: true, data: state };
  },
);

export const flagAction = validatedAction(flagSchema, async (input, actor) => {
  await flagComment(actor, input);
  refreshConsultationPages();
});

export interface RevisionView {
  id: string;
  body: string;
  stance: Stance;
  locale: string;
  /** When this version was replaced by an edit. */
  replacedAt: Date;
}

/** Earlier versions of a comment, newest first, loaded on demand: for its author and the staff only. */
export const revisionsAction = validatedAction(commentRefSchema, async ({ commentId }, actor) => {
  const revisions = await listRevisions(actor, commentId);
  const data: RevisionView[] = revisions.map((r) => ({
    id: r.id,
    body: r.body,
    stance: r.stance,
    locale: r.locale,
    replacedAt: r.createdAt,
  }));
  return { ok: true, data };
});

const threadPosition = z.object({
  slug: z.string().max(100),
  number: z.number().int().positive(),
  query: z.record(z.string(), z.string()),
});

/**
 * The next page of an objective's thread, rendered, for "Load more comments". Bound to the page's
 * position by the page; like every action it is a public endpoint, so it checks all it is given.
 */
export async function loadMoreCommentsAction(position: unknown, cursor: unknown) {
  const { slug, number, query } = threadPosition.parse(position);
  const actor = await getActor();
  const consultation = await getConsultation(actor, slug);
  const { objective } = await getObjective(actor, consultation, number);
  const thread = await listThread(actor, consultation, objective, {
    ...threadQuerySchema.parse(query),
    after: z.string().max(200).parse(cursor),
    openRoots: openThreadsOf(query.replies),
  });
  const t = await getTranslations("comments");
  return {
    content: <CommentList comments={thread.roots} view={{ locale: await getLocale(), search: query, appended: true }} label={t("threadLabel")} />,
    nextCursor: thread.nextCursor,
  };
}
