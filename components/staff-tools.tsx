import { getTranslations } from "next-intl/server";
import type { Consultation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can, type Action } from "@/lib/auth/policy";
import { Link } from "@/lib/i18n/navigation";

/** The staff screens of one consultation, each shown only to those its action allows. */
const TOOLS: { key: string; path: string; action: Action }[] = [
  { key: "moderation", path: "moderation", action: "moderation.view" },
  { key: "dashboard", path: "secretariat", action: "dashboard.view" },
  { key: "objectives", path: "secretariat/objectives", action: "consultation.manage" },
  { key: "settings", path: "secretariat/settings", action: "consultation.manage" },
  { key: "exports", path: "secretariat/exports", action: "consultation.export" },
  { key: "compilation", path: "secretariat/compilation", action: "consultation.export" },
  { key: "staff", path: "staff", action: "staff.appoint" },
  { key: "audit", path: "audit", action: "audit.view" },
];

export async function StaffTools({ actor, consultation }: { actor: Actor; consultation: Consultation }) {
  const tools = TOOLS.filter((tool) => can(actor, tool.action, { consultation }));
  if (tools.length === 0) return null;
  const t = await getTranslations("staffTools");
  return (
    <nav aria-label={t("label")} className="rounded border border-brand-100 bg-brand-50 p-3">
      <ul className="flex flex-wrap gap-x-4 gap-y-2">
        {tools.map((tool) => (
          <li key={tool.key}>
            <Link
              href={`/consultations/${consultation.slug}/${tool.path}`}
              className="font-medium text-brand-800 underline underline-offset-4"
            >
              {t(tool.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
