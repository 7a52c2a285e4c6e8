import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import { profileSchema, signInSchema, signUpSchema } from "./schemas";

const valid = {
  name: "Grace Wanjiru",
  email: "  Grace@Example.ORG ",
  password: "twelve chars",
  organization: "Migrant Rights Network Kenya",
  stakeholderGroup: "civil_society",
  country: "KE",
  locale: "fr",
  publicationPreference: "organization_only",
};

const errorsOf = (input: unknown) => {
  const result = signUpSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe("signUpSchema", () => {
  it("accepts a complete sign-up and normalizes the email", () => {
    expect(signUpSchema.parse(valid).email).toBe("grace@example.org");
  });

  it("names every missing field with a catalog key", () => {
    expect(errorsOf({})).toEqual({
      name: ["required"],
      email: ["required"],
      password: ["required"],
      organization: ["required"],
      stakeholderGroup: ["groupUnknown"],
      country: ["required"],
      locale: ["languageUnknown"],
      publicationPreference: ["required"],
    });
  });

  it("refuses short passwords, unknown countries, groups and languages", () => {
    expect(errorsOf({ ...valid, password: "eleven char" })).toEqual({ password: ["passwordTooShort"] });
    expect(errorsOf({ ...valid, country: "XX" })).toEqual({ country: ["countryUnknown"] });
    expect(errorsOf({ ...valid, stakeholderGroup: "lobbyist" })).toEqual({ stakeholderGroup: ["groupUnknown"] });
    expect(errorsOf({ ...valid, locale: "de" })).toEqual({ locale: ["languageUnknown"] });
    expect(errorsOf({ ...valid, email: "not-an-email" })).toEqual({ email: ["emailInvalid"] });
    expect(errorsOf({ ...valid, name: "   " })).toEqual({ name: ["required"] });
    expect(errorsOf({ ...valid, name: "x".repeat(121) })).toEqual({ name: ["tooLong"] });
  });

  it("asks for an organization unless the person takes part as an individual", () => {
    expect(errorsOf({ ...valid, organization: "" })).toEqual({ organization: ["organizationRequired"] });
    expect(errorsOf({ ...valid, organization: "", stakeholderGroup: "individual" })).toEqual({});
  });

  it("keeps HTML and SQL as typed", () => {
    const name = `<img src=x onerror=alert(1)> '; DROP TABLE users; --`;
    expect(signUpSchema.parse({ ...valid, name }).name).toBe(name);
  });
});

describe("profileSchema and signInSchema", () => {
  it("share the profile rules", () => {
    expect(profileSchema.safeParse({ ...valid, country: "ZZ" }).success).toBe(false);
    expect(signInSchema.safeParse({ email: "a@b.org", password: "" }).success).toBe(false);
  });
});
