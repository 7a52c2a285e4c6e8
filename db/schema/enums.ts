import { pgEnum } from "drizzle-orm/pg-core";
import {
  AFFILIATION_STATUSES,
  COMMENT_STATUSES,
  CONSULTATION_SCOPES,
  CONSULTATION_STATUSES,
  FLAG_REASONS,
  MODERATION_ACTIONS,
  MODERATION_MODES,
  PLATFORM_ROLES,
  PUBLICATION_PREFERENCES,
  STAFF_ROLES,
  STAKEHOLDER_GROUPS,
  STANCES,
  TAG_KINDS,
} from "../../lib/domain-values";

export const stakeholderGroup = pgEnum("stakeholder_group", STAKEHOLDER_GROUPS);
export const platformRole = pgEnum("platform_role", PLATFORM_ROLES);
export const affiliationStatus = pgEnum("affiliation_status", AFFILIATION_STATUSES);
export const publicationPreference = pgEnum("publication_preference", PUBLICATION_PREFERENCES);
export const consultationStatus = pgEnum("consultation_status", CONSULTATION_STATUSES);
export const consultationScope = pgEnum("consultation_scope", CONSULTATION_SCOPES);
export const moderationMode = pgEnum("moderation_mode", MODERATION_MODES);
export const staffRole = pgEnum("staff_role", STAFF_ROLES);
export const tagKind = pgEnum("tag_kind", TAG_KINDS);
export const stance = pgEnum("stance", STANCES);
export const commentStatus = pgEnum("comment_status", COMMENT_STATUSES);
export const flagReason = pgEnum("flag_reason", FLAG_REASONS);
export const moderationAction = pgEnum("moderation_action", MODERATION_ACTIONS);
