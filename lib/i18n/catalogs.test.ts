import fs from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { DENIALS } from "@/lib/auth/policy";
import { STAKEHOLDER_GROUPS, PUBLICATION_PREFERENCES, CONSULTATION_STATUSES, AFFILIATION_STATUSES } from "@/lib/domain-values";
import { UI_LOCALES } from "./locales";

type Catalog = { [key: string]: string | Catalog };

function load(locale: string): Catalog {
  return JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../../messages", `${locale}.json`), "utf8"));
}

function flatten(catalog: Catalog, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(catalog).flatMap(([key, value]) =>
      typeof value === "string" ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

const english = flatten(load("en"));

/** Argument names an ICU message uses: {name}, {count, plural, ...}. */
function argumentsOf(message: string): string[] {
  return [...message.matchAll(/\{\s*([a-zA-Z]+)\s*[,}]/g)].map((m) => m[1]).sort();
}

describe("message catalogs", () => {
  for (const locale of UI_LOCALES) {
    describe(locale, () => {
      const messages = flatten(load(locale));

      it("has exactly the English keys", () => {
        expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      });

      it("has valid ICU messages using the English arguments", () => {
        for (const [key, message] of Object.entries(messages)) {
          expect(() => new IntlMessageFormat(message, locale), key).not.toThrow();
          expect(new Set(argumentsOf(message)), key).toEqual(new Set(argumentsOf(english[key] ?? "")));
        }
      });
    });
  }

  it("names every vocabulary value and refusal reason the domain produces", () => {
    const expected = [
      ...STAKEHOLDER_GROUPS.map((g) => `stakeholderGroups.${g}`),
      ...PUBLICATION_PREFERENCES.map((p) => `publicationPreferences.${p}`),
      ...CONSULTATION_STATUSES.map((s) => `consultationStatus.${s}`),
      ...AFFILIATION_STATUSES.map((s) => `affiliation.${s}`),
      ...DENIALS.map((d) => `errors.forbidden.${d}`),
    ];
    for (const key of expected) expect(english, key).toHaveProperty([key]);
  });
});
