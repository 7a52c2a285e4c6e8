import { STAKEHOLDER_GROUPS, type StakeholderGroup } from "@/lib/domain-values";

export type EndorsementsByGroup = Partial<Record<StakeholderGroup, number>>;

/**
 * "3 civil society, 1 Member State": the endorsements by stakeholder group, largest first, joined
 * the way the reader's language joins a list. Shared by the server card and the endorse button.
 */
export function endorsementBreakdown(
  byGroup: EndorsementsByGroup | Record<string, number>,
  locale: string,
  part: (group: StakeholderGroup, count: number) => string,
): string {
  const parts = STAKEHOLDER_GROUPS.map((group) => [group, (byGroup as Record<string, number>)[group] ?? 0] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([group, count]) => part(group, count));
  return listFormat(locale).format(parts);
}

// One formatter per language: building one per comment showed in the thread's profile.
const listFormats = new Map<string, Intl.ListFormat>();

function listFormat(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { style: "long", type: "unit" })));
  return format;
}
