import type { ThreadComment } from "@/lib/comments/types";
import { CommentCard, type ThreadView } from "./comment-card";

/** A page of top-level comments, each with its replies. */
export function CommentList({ comments, view, label }: { comments: ThreadComment[]; view: ThreadView; label: string }) {
  return (
    <ol aria-label={label} className="flex flex-col gap-5">
      {comments.map((comment) => (
        <li key={comment.id} className="thread-item">
          <CommentCard comment={comment} view={view} />
        </li>
      ))}
    </ol>
  );
}
