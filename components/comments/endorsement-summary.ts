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
  return new Intl.ListFormat(locale, { style: "long", type: "unit" }).format(parts);
}
