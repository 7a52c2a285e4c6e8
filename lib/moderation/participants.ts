import "server-only";
import { and, desc, eq, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { comments, objectives, suspensions, users, type Consultation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import type { AffiliationStatus, CommentStatus, PublicationPreference, StakeholderGroup } from "@/lib/domain-values";
import { NotFoundError } from "@/lib/errors";
import { listParticipantNotes } from "./notes";
import type { StaffNote } from "./queues";

/** A participant's comments shown on their page, newest first. */
export const PARTICIPANT_COMMENTS_LIMIT = 200;

export interface ParticipantComment {
  id: string;
  rootId: string;
  objectiveNumber: number;
  objectiveTitle: string;
  body: string;
  status: CommentStatus;
  deleted: boolean;
  flagCount: number;
  createdAt: Date;
}

export interface ParticipantSuspension {
  id: string;
  reason: string;
  /** Null: the whole platform. */
  consultationId: string | null;
  startsAt: Date;
  endsAt: Date | null;
  createdBy: string | null;
  liftedAt: Date | null;
  liftedBy: string | null;
  active: boolean;
}

export interface Participant {
  profile: {
    id: string;
    name: string;
    organization: string;
    stakeholderGroup: StakeholderGroup;
    country: string;
    affiliationStatus: AffiliationStatus;
    publicationPreference: PublicationPreference;
    pseudonym: string;
    createdAt: Date;
  };
  comments: ParticipantComment[];
  notes: StaffNote[];
  /** In this consultation, and on the whole platform (which this page cannot lift), newest first. */
  suspensions: ParticipantSuspension[];
}

const creators = alias(users, "creator");
const lifters = alias(users, "lifter");

/** What a consultation's staff know of one person, as far as that consultation goes. */
export async function getParticipant(actor: Actor, consultation: Consultation, userId: string): Promise<Participant> {
  assertCan(actor, "moderation.view", { consultation });
  const db = getDb();
  const [profile] = await db
    .select({
      id: users.id,
      name: users.name,
      organization: users.organization,
      stakeholderGroup: users.stakeholderGroup,
      country: users.country,
      affiliationStatus: users.affiliationStatus,
      publicationPreference: users.publicationPreference,
      pseudonym: users.pseudonym,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!profile) throw new NotFoundError();

  const [commentRows, notes, suspensionRows] = await Promise.all([
    db
      .select({
        id: comments.id,
        rootId: comments.rootId,
        objectiveNumber: objectives.number,
        objectiveTitle: objectives.shortTitle,
        body: comments.body,
        status: comments.status,
        deletedAt: comments.deletedAt,
        flagCount: comments.flagCount,
        createdAt: comments.createdAt,
      })
      .from(comments)
      .innerJoin(objectives, eq(objectives.id, comments.objectiveId))
      .where(and(eq(comments.authorId, userId), eq(comments.consultationId, consultation.id)))
      .orderBy(desc(comments.createdAt), desc(comments.id))
      .limit(PARTICIPANT_COMMENTS_LIMIT),
    listParticipantNotes(actor, consultation, userId),
    db
      .select({
        id: suspensions.id,
        reason: suspensions.reason,
        consultationId: suspensions.consultationId,
        startsAt: suspensions.startsAt,
        endsAt: suspensions.endsAt,
        createdBy: creators.name,
        liftedAt: suspensions.liftedAt,
        liftedBy: lifters.name,
        active: sql<boolean>`(${suspensions.liftedAt} IS NULL AND ${suspensions.startsAt} <= now()
          AND (${suspensions.endsAt} IS NULL OR ${suspensions.endsAt} > now()))`,
      })
      .from(suspensions)
      .leftJoin(creators, eq(creators.id, suspensions.createdBy))
      .leftJoin(lifters, eq(lifters.id, suspensions.liftedBy))
      .where(and(eq(suspensions.userId, userId), or(eq(suspensions.consultationId, consultation.id), isNull(suspensions.consultationId))))
      .orderBy(desc(suspensions.startsAt), desc(suspensions.id)),
  ]);
  return {
    profile,
    comments: commentRows.map(({ deletedAt, ...row }) => ({ ...row, deleted: deletedAt !== null })),
    notes,
    suspensions: suspensionRows,
  };
}
