import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { DENIALS } from "@/lib/auth/policy";
import { STAKEHOLDER_GROUPS, PUBLICATION_PREFERENCES, CONSULTATION_STATUSES, AFFILIATION_STATUSES } from "@/lib/domain-values";
import { CATALOG_AREAS, type Catalog } from "./catalog";
import { readCatalog, readCatalogAreas } from "./catalog-files";
import { UI_LOCALES } from "./locales";

function flatten(catalog: Catalog, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(catalog).flatMap(([key, value]) =>
      typeof value === "string" ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

const english = flatten(readCatalog("en"));

/** Argument names an ICU message uses: {name}, {count, plural, ...}. */
function argumentsOf(message: string): string[] {
  return [...message.matchAll(/\{\s*([a-zA-Z]+)\s*[,}]/g)].map((m) => m[1]).sort();
}

describe("message catalogs", () => {
  for (const locale of UI_LOCALES) {
    describe(locale, () => {
      const messages = flatten(readCatalog(locale));

      it("keeps each namespace in the same area file as English, and in one only", () => {
        const areas = readCatalogAreas(locale);
        const english = readCatalogAreas("en");
        const seen = new Set<string>();
        for (const area of CATALOG_AREAS) {
          expect(Object.keys(areas[area]).sort(), area).toEqual(Object.keys(english[area]).sort());
          for (const namespace of Object.keys(areas[area])) {
            expect(seen.has(namespace), `${namespace} in more than one area`).toBe(false);
            seen.add(namespace);
          }
        }
      });

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
