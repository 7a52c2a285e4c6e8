import type { AffiliationStatus, PublicationPreference, StakeholderGroup } from "@/lib/domain-values";
import type { PublicAuthor } from "./types";

export interface AuthorRow {
  id: string;
  name: string;
  organization: string;
  pseudonym: string;
  publicationPreference: PublicationPreference;
  stakeholderGroup: StakeholderGroup;
  country: string;
  affiliationStatus: AffiliationStatus;
}

/** What readers may know of an author: the publication preference decides; group and country always show. */
export function publicAuthor(row: AuthorRow): PublicAuthor {
  const base = {
    id: row.id,
    stakeholderGroup: row.stakeholderGroup,
    country: row.country,
    affiliationStatus: row.affiliationStatus,
  };
  switch (row.publicationPreference) {
    case "name_and_organization":
      return { ...base, name: row.name, organization: row.organization || null, pseudonym: null };
    case "organization_only":
      return row.organization
        ? { ...base, name: null, organization: row.organization, pseudonym: null }
        : { ...base, name: null, organization: null, pseudonym: row.pseudonym };
    case "pseudonym":
      return { ...base, name: null, organization: null, pseudonym: row.pseudonym };
  }
}
