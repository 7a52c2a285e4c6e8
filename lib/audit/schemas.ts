import { z } from "zod";

/** The actor filter's value for rows written by the platform itself (auto-hide), which have no actor. */
export const SYSTEM_ACTOR = "system";

/** A calendar day as a date input gives it ("2026-03-31"), read in UTC. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));

/** The audit view's filters and position, from the URL: anything malformed is ignored, not an error. */
export const auditQuerySchema = z.object({
  actor: z.union([z.uuid(), z.literal(SYSTEM_ACTOR)]).optional().catch(undefined),
  action: z.string().regex(/^[a-zA-Z]+\.[a-zA-Z]+$/).max(100).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The filter fields, in the order they appear in the URL. */
export const AUDIT_FILTERS = ["actor", "action", "from", "to"] as const;
