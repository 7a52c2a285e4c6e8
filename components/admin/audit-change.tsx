import { getTranslations } from "next-intl/server";

/** Values of the audit log's before/after states whose vocabulary the catalogs name. */
const VOCABULARIES: Record<string, string> = {
  affiliationStatus: "affiliation",
  role: "staffPage.roles",
  status: "commentStatus",
};

/** One before or after state of an audit row, as "field: value" lines. */
export async function AuditState({ state }: { state: unknown }) {
  const t = await getTranslations();
  if (state === null || state === undefined) return <span className="text-slate-600">{t("auditLog.nothing")}</span>;
  const entries = typeof state === "object" && !Array.isArray(state) ? Object.entries(state) : [["value", state] as const];
  const label = (key: string) => (t.has(`auditLog.fields.${key}`) ? t(`auditLog.fields.${key}`) : key);
  const value = (key: string, raw: unknown) => {
    const vocabulary = VOCABULARIES[key];
    if (typeof raw === "string" && vocabulary && t.has(`${vocabulary}.${raw}`)) return t(`${vocabulary}.${raw}`);
    if (raw === null) return t("auditLog.none");
    return typeof raw === "string" ? raw : JSON.stringify(raw);
  };
  return (
    <ul className="flex flex-col">
      {entries.map(([key, raw]) => (
        <li key={key}>
          {label(key)}: <bdi>{value(key, raw)}</bdi>
        </li>
      ))}
    </ul>
  );
}
