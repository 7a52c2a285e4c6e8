import type { CommentStatus, ModerationAction, StakeholderGroup, Stance } from "@/lib/domain-values";
import { publicAuthor, type AuthorRow } from "@/lib/comments/author";
import { regionOf } from "@/lib/geo/countries";

/** The author as readers may know them: what the publication preference allows, and where they stand. */
export interface ExportAuthor {
  /** Null unless the author publishes their name. */
  name: string | null;
  /** Set when the author publishes under a pseudonym (or has no organization to show). */
  pseudonym: string | null;
  /** Null unless the author publishes their organization. */
  organization: string | null;
  stakeholderGroup: StakeholderGroup;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** UN region of the country. */
  region: string | null;
  /** A verified Member State delegation. */
  verified: boolean;
}

export interface ModerationSummary {
  action: ModerationAction;
  reasonCode: string | null;
  reasonText: string;
  /** Null when the system decided (automatic hiding after flags) or the moderator's account is gone. */
  moderator: string | null;
  at: Date;
}

/** One comment as every export format carries it. */
export interface ExportRow {
  id: string;
  permalink: string;
  objective: { number: number; title: string };
  parentId: string | null;
  rootId: string;
  depth: number;
  author: ExportAuthor;
  official: boolean;
  language: string;
  stance: Stance;
  tags: string[];
  /** Null when the author deleted the comment: its text is not exported, as it is shown to no one. */
  body: string | null;
  status: CommentStatus;
  deletedAt: Date | null;
  /** The latest moderation decision, if any. */
  moderation: ModerationSummary | null;
  createdAt: Date;
  editedAt: Date | null;
  endorsements: { total: number; byGroup: Partial<Record<StakeholderGroup, number>> };
  flagCount: number;
}

export function exportAuthor(row: AuthorRow): ExportAuthor {
  const shown = publicAuthor(row);
  return {
    name: shown.name,
    pseudonym: shown.pseudonym,
    organization: shown.organization,
    stakeholderGroup: shown.stakeholderGroup,
    country: shown.country,
    region: regionOf(shown.country) ?? null,
    verified: shown.affiliationStatus === "verified",
  };
}

/** Where a consultation's objective pages start, in a language: what every permalink begins with. */
export function objectivesUrl(base: string, locale: string, slug: string): string {
  return `${base}/${locale}/consultations/${slug}/objectives/`;
}

export function permalink(base: string, locale: string, slug: string, objective: number, rootId: string, id: string): string {
  return `${objectivesUrl(base, locale, slug)}${objective}?at=${rootId}#comment-${id}`;
}

/** A comment as read with commentColumns, its tag labels and its author's columns. */
export interface PublicCommentRow {
  id: string;
  parentId: string | null;
  rootId: string;
  depth: number;
  locale: string;
  stance: Stance;
  official: boolean;
  createdAt: Date;
  editedAt: Date | null;
  endorsementCount: number;
  endorsementsByGroup: Record<string, number>;
  tags: string[];
  author: AuthorRow;
}

/** The fields of a comment anyone may read, the same in every export and the open data feed. */
export type PublicCommentFields = Pick<
  ExportRow,
  "id" | "permalink" | "objective" | "parentId" | "rootId" | "depth" | "author" | "official" | "language" | "stance" | "tags" | "createdAt" | "editedAt" | "endorsements"
>;

export function publicCommentFields(
  row: PublicCommentRow,
  objective: { number: number; title: string },
  permalinkOf: { base: string; locale: string; slug: string },
): PublicCommentFields {
  return {
    id: row.id,
    permalink: permalink(permalinkOf.base, permalinkOf.locale, permalinkOf.slug, objective.number, row.rootId, row.id),
    objective: { number: objective.number, title: objective.title },
    parentId: row.parentId,
    rootId: row.rootId,
    depth: row.depth,
    author: exportAuthor(row.author),
    official: row.official,
    language: row.locale,
    stance: row.stance,
    tags: row.tags,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    endorsements: { total: row.endorsementCount, byGroup: row.endorsementsByGroup as Partial<Record<StakeholderGroup, number>> },
  };
}
