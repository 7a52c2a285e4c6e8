import type { AffiliationStatus, PlatformRole, StaffRole, StakeholderGroup } from "../../lib/domain-values";

/** Local demo sign-ins, one per role. Seeded unless DEMO_ACCOUNTS=false; never use them in production. */
export const DEMO_PASSWORD = "consultation-demo-2026";

export interface DemoAccount {
  email: string;
  name: string;
  organization: string;
  stakeholderGroup: StakeholderGroup;
  country: string;
  role: string;
  platformRole?: PlatformRole;
  affiliationStatus?: AffiliationStatus;
  staffRole?: StaffRole;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@example.org", name: "Amina Diallo", organization: "Consultation Hub", stakeholderGroup: "un_system", country: "CH", role: "platform admin", platformRole: "admin" },
  { email: "secretariat@example.org", name: "Tomás Ibarra", organization: "UN Network on Migration secretariat", stakeholderGroup: "un_system", country: "CH", role: "GCM secretariat", staffRole: "secretariat" },
  { email: "moderator@example.org", name: "Leila Haddad", organization: "UN Network on Migration", stakeholderGroup: "un_system", country: "JO", role: "GCM moderator", staffRole: "moderator" },
  { email: "delegate@example.org", name: "Carmen Ruiz", organization: "Permanent Mission of Mexico", stakeholderGroup: "member_state", country: "MX", role: "Member State delegate (verified)", affiliationStatus: "verified" },
  { email: "pending-delegate@example.org", name: "Jonas Weber", organization: "Federal Foreign Office", stakeholderGroup: "member_state", country: "DE", role: "Member State delegate (pending verification)", affiliationStatus: "pending" },
  { email: "civil-society@example.org", name: "Grace Wanjiru", organization: "Migrant Rights Network Kenya", stakeholderGroup: "civil_society", country: "KE", role: "civil society member" },
  { email: "diaspora@example.org", name: "Rafael Santos", organization: "Filipino Diaspora Council", stakeholderGroup: "diaspora", country: "PH", role: "diaspora member" },
];
