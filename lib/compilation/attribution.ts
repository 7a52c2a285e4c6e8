import type { PublicAuthor } from "@/lib/comments/types";

/**
 * Who a quoted comment is from, as its author's publication preference allows: the stakeholder
 * group, the organization (or else the name or pseudonym the author publishes under), the country.
 */
export function attributionParts(author: PublicAuthor, groupLabel: string, countryLabel: string): string[] {
  const signature = author.organization ?? author.name ?? author.pseudonym;
  return [groupLabel, signature, countryLabel].filter((part): part is string => Boolean(part));
}
