import { getTranslations } from "next-intl/server";

/** The translated label of an audit action ("affiliation.verify"); an action the catalogs do not name yet shows as recorded. */
export async function actionLabel(): Promise<(action: string) => string> {
  const t = await getTranslations("auditLog.actions");
  return (action) => (t.has(action) ? t(action) : action);
}
