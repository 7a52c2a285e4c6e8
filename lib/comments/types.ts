import type {
  AffiliationStatus,
  CommentStatus,
  StakeholderGroup,
  Stance,
} from "@/lib/domain-values";

/** The author as the reader may see them: the publication preference is already applied. */
export interface PublicAuthor {
  id: string;
  /** Name, when the author publishes it. */
  name: string | null;
  /** Organization, when the author publishes it. */
  organization: string | null;
  /** Set when the author publishes under a pseudonym (or has no organization to show). */
  pseudonym: string | null;
  stakeholderGroup: StakeholderGroup;
  country: string;
  affiliationStatus: AffiliationStatus;
}

/** What the reader may do with a comment; computed by the policy, shown or hidden by the UI. */
export interface CommentPermissions {
  reply: boolean;
  edit: boolean;
  delete: boolean;
  endorse: boolean;
  flag: boolean;
  /** Earlier versions: the author and the consultation's staff. */
  viewRevisions: boolean;
}

export interface ThreadComment {
  id: string;
  parentId: string | null;
  rootId: string;
  depth: number;
  /** Null when the reader may not see the text: deleted, or hidden and the reader is neither its author nor staff. */
  body: string | null;
  locale: string;
  stance: Stance;
  status: CommentStatus;
  official: boolean;
  deleted: boolean;
  /** For a hidden comment: the code of the moderator's reason (a template code, or "flagged"). */
  hiddenReason: string | null;
  /** The consultation's label for that code, when it is one of its templates. */
  hiddenReasonLabel: string | null;
  createdAt: Date;
  editedAt: Date | null;
  replyCount: number;
  endorsementCount: number;
  endorsementsByGroup: Partial<Record<StakeholderGroup, number>>;
  tags: { key: string; label: string }[];
  author: PublicAuthor;
  viewer: { isAuthor: boolean; endorsed: boolean; flagged: boolean; can: CommentPermissions };
  /** Replies the reader would see directly beneath it. */
  replyTotal: number;
  /** Whether `replies` holds them: a top-level comment's replies are read only when its thread is opened. */
  repliesShown: boolean;
  replies: ThreadComment[];
}

export interface ThreadPage {
  roots: ThreadComment[];
  /** Cursor of the next page of top-level comments, when there is one. */
  nextCursor: string | null;
  /** Top-level comments matching the filters. */
  total: number;
}
