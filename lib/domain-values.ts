/**
 * The closed vocabularies of the domain, shared by the database enums, the zod schemas and the UI.
 * Labels live in the message catalogs, keyed by these values.
 */

export const STAKEHOLDER_GROUPS = [
  "member_state",
  "un_system",
  "civil_society",
  "migrant_organization",
  "diaspora",
  "local_authority",
  "parliament",
  "nhri",
  "trade_union",
  "private_sector",
  "academia",
  "media",
  "individual",
] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];

export const PLATFORM_ROLES = ["user", "admin"] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const AFFILIATION_STATUSES = ["none", "pending", "verified", "rejected"] as const;
export type AffiliationStatus = (typeof AFFILIATION_STATUSES)[number];

export const PUBLICATION_PREFERENCES = ["name_and_organization", "organization_only", "pseudonym"] as const;
export type PublicationPreference = (typeof PUBLICATION_PREFERENCES)[number];

export const CONSULTATION_STATUSES = ["draft", "open", "closed", "archived"] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export const CONSULTATION_SCOPES = ["global", "regional", "national"] as const;
export type ConsultationScope = (typeof CONSULTATION_SCOPES)[number];

export const MODERATION_MODES = ["pre", "post"] as const;
export type ModerationMode = (typeof MODERATION_MODES)[number];

export const STAFF_ROLES = ["moderator", "secretariat"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const TAG_KINDS = ["principle", "theme"] as const;
export type TagKind = (typeof TAG_KINDS)[number];

export const STANCES = ["supports", "concerns", "proposes_change", "question"] as const;
export type Stance = (typeof STANCES)[number];

export const COMMENT_STATUSES = ["pending", "published", "hidden", "rejected"] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export const FLAG_REASONS = ["spam", "offensive", "off_topic", "personal_data", "other"] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

export const MODERATION_ACTIONS = ["approve", "reject", "hide", "restore", "review"] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** Replies nest at most this deep: a root comment has depth 0. */
export const MAX_COMMENT_DEPTH = 3;
