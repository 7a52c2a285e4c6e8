import { z } from "zod";
import { CONSULTATION_SCOPES, MODERATION_MODES, STAKEHOLDER_GROUPS } from "@/lib/domain-values";
import { isCountryCode, REGIONS } from "@/lib/geo/countries";
import { LANGUAGE_CODES } from "@/lib/i18n/locales";

/**
 * The management forms' schemas, shared by each form and its server action. Messages are keys under
 * `errors`. The form sends the parsed values and the action parses them again, so every output is
 * also a valid input (no transform changes a value's shape).
 */

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const OBJECTIVE_NUMBER_MAX = 9999;
export const AUTO_HIDE_MAX = 100;
/**
 * An import file's limit, checked before anything parses it. Half of the 1 MB that Next accepts in
 * a server action's request, so that even a file full of characters JSON must escape arrives whole
 * and is refused with this message rather than by the framework.
 */
export const MAX_IMPORT_BYTES = 512 * 1024;
export const MAX_IMPORT_ROWS = 200;

export const OBJECTIVE_LIMITS = { shortTitle: 120, title: 500, body: 20_000 } as const;

const requiredText = (max: number) =>
  z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });

const id = z.uuid({ error: "notFound" });

/**
 * An instant, or null when the field is empty. The browser turns its datetime-local text into a
 * Date in the person's own time zone; the server receives that Date.
 */
const instant = z.preprocess(
  (value) => (value === "" || value === undefined || value === null ? null : typeof value === "string" ? new Date(value) : value),
  z
    .date({ error: "dateInvalid" })
    .refine((date) => date.getUTCFullYear() >= 2000 && date.getUTCFullYear() <= 2200, { error: "dateInvalid" })
    .nullable(),
);

const settingsFields = {
  title: requiredText(300),
  summary: z.string({ error: "required" }).trim().max(3000, { error: "tooLong" }),
  opensAt: instant,
  closesAt: instant,
  moderationMode: z.enum(MODERATION_MODES, { error: "required" }),
  languages: z
    .array(z.enum(LANGUAGE_CODES, { error: "languageUnknown" }), { error: "languagesRequired" })
    .min(1, { error: "languagesRequired" }),
  /** Empty: every stakeholder group may comment. */
  allowedGroups: z.array(z.enum(STAKEHOLDER_GROUPS, { error: "groupUnknown" }), { error: "groupUnknown" }),
  autoHideThreshold: z.coerce
    .number({ error: "thresholdInvalid" })
    .int({ error: "thresholdInvalid" })
    .min(1, { error: "thresholdInvalid" })
    .max(AUTO_HIDE_MAX, { error: "thresholdInvalid" }),
};

function closesAfterOpens(value: { opensAt: Date | null; closesAt: Date | null }, ctx: z.RefinementCtx) {
  if (value.opensAt && value.closesAt && value.closesAt <= value.opensAt) {
    ctx.addIssue({ code: "custom", path: ["closesAt"], message: "closesBeforeOpens" });
  }
}

export const settingsSchema = z.object({ consultationId: id, ...settingsFields }).superRefine(closesAfterOpens);
export type SettingsInput = z.infer<typeof settingsSchema>;

export const newConsultationSchema = z
  .object({
    slug: z
      .string({ error: "required" })
      .trim()
      .min(1, { error: "required" })
      .max(60, { error: "tooLong" })
      .regex(SLUG_PATTERN, { error: "slugInvalid" }),
    scope: z.enum(CONSULTATION_SCOPES, { error: "required" }),
    /** Used when the scope is regional. */
    region: z.string().default(""),
    /** Used when the scope is national. */
    country: z.string().default(""),
    ...settingsFields,
  })
  .superRefine(closesAfterOpens)
  .superRefine((value, ctx) => {
    if (value.scope === "regional" && !(REGIONS as readonly string[]).includes(value.region)) {
      ctx.addIssue({ code: "custom", path: ["region"], message: "regionRequired" });
    }
    if (value.scope === "national" && !isCountryCode(value.country)) {
      ctx.addIssue({ code: "custom", path: ["country"], message: "countryUnknown" });
    }
  });
export type NewConsultationInput = z.infer<typeof newConsultationSchema>;

/** What the secretariat can do to the status by hand; dates do the rest (status.ts). */
export const STATUS_CHANGES = ["open", "closed", "archived"] as const;
export const statusChangeSchema = z.object({ consultationId: id, status: z.enum(STATUS_CHANGES, { error: "unexpected" }) });
export type StatusChangeInput = z.infer<typeof statusChangeSchema>;

const objectiveFields = {
  number: z.coerce
    .number({ error: "numberInvalid" })
    .int({ error: "numberInvalid" })
    .min(1, { error: "numberInvalid" })
    .max(OBJECTIVE_NUMBER_MAX, { error: "numberInvalid" }),
  shortTitle: requiredText(OBJECTIVE_LIMITS.shortTitle),
  title: requiredText(OBJECTIVE_LIMITS.title),
  body: z.string({ error: "required" }).trim().max(OBJECTIVE_LIMITS.body, { error: "tooLong" }),
};

export const newObjectiveSchema = z.object({ consultationId: id, ...objectiveFields });
export type NewObjectiveInput = z.infer<typeof newObjectiveSchema>;

export const objectiveSchema = z.object({ objectiveId: id, ...objectiveFields });
export type ObjectiveInput = z.infer<typeof objectiveSchema>;

export const moveObjectiveSchema = z.object({ objectiveId: id, direction: z.enum(["up", "down"], { error: "unexpected" }) });
export type MoveObjectiveInput = z.infer<typeof moveObjectiveSchema>;

export const IMPORT_FORMATS = ["csv", "json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const importSchema = z.object({
  consultationId: id,
  format: z.enum(IMPORT_FORMATS, { error: "importFormatUnknown" }),
  content: z
    .string({ error: "importEmpty" })
    .refine((text) => new TextEncoder().encode(text).length <= MAX_IMPORT_BYTES, { error: "fileTooLarge", abort: true })
    .refine((text) => text.trim() !== "", { error: "importEmpty" }),
});
export type ImportInput = z.infer<typeof importSchema>;
