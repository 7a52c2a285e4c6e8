import { z } from "zod";
import { PUBLICATION_PREFERENCES, STAKEHOLDER_GROUPS } from "@/lib/domain-values";
import { isCountryCode } from "@/lib/geo/countries";
import { LANGUAGE_CODES } from "@/lib/i18n/locales";

/**
 * One definition per form, used by the form (client-side validation) and by its server action.
 * Messages are keys under `errors` in the catalogs.
 */

export const PASSWORD_MIN = 12;

const requiredText = (max: number) =>
  z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });

export const email = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "emailInvalid" }))
  .transform((v) => v.toLowerCase());

const profileFields = {
  name: requiredText(120),
  organization: z.string({ error: "required" }).trim().max(200, { error: "tooLong" }),
  stakeholderGroup: z.enum(STAKEHOLDER_GROUPS, { error: "groupUnknown" }),
  country: z.string({ error: "required" }).refine((value): boolean => isCountryCode(value), { error: "countryUnknown" }),
  locale: z.enum(LANGUAGE_CODES, { error: "languageUnknown" }),
  publicationPreference: z.enum(PUBLICATION_PREFERENCES, { error: "required" }),
};

// An individual speaks for no organization; every other group names one.
function organizationUnlessIndividual(value: { organization: string; stakeholderGroup: string }, ctx: z.RefinementCtx) {
  if (value.stakeholderGroup !== "individual" && value.organization === "") {
    ctx.addIssue({ code: "custom", path: ["organization"], message: "organizationRequired" });
  }
}

export const profileSchema = z.object(profileFields).superRefine(organizationUnlessIndividual);
export type ProfileInput = z.infer<typeof profileSchema>;

export const signUpSchema = z
  .object({
    ...profileFields,
    email,
    password: z
      .string({ error: "required" })
      .min(PASSWORD_MIN, { error: "passwordTooShort" })
      .max(200, { error: "tooLong" }),
  })
  .superRefine(organizationUnlessIndividual);
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email,
  password: z.string({ error: "required" }).min(1, { error: "required" }).max(200, { error: "tooLong" }),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const passwordChangeSchema = z.object({
  currentPassword: z.string({ error: "required" }).min(1, { error: "required" }),
  newPassword: z
    .string({ error: "required" })
    .min(PASSWORD_MIN, { error: "passwordTooShort" })
    .max(200, { error: "tooLong" }),
});
export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;
