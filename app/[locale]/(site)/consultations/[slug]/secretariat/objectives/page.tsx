import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Refusal } from "@/components/admin/refusal";
import { ManagementBreadcrumb, errorFromQuery, loadManaged } from "@/components/management/managed-page";
import { MoveButtons } from "@/components/management/move-buttons";
import { NewObjectiveForm } from "@/components/management/objective-form";
import { Alert } from "@/components/ui/alert";
import { listObjectives } from "@/lib/consultations/queries";
import { Link } from "@/lib/i18n/navigation";
import { firstValues } from "@/lib/search-params";

type Params = Promise<{ locale: string; slug: string }>;
const PATH = "secretariat/objectives";
const linkClass = "font-medium text-brand-800 underline underline-offset-4";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  const [{ consultation }, t] = await Promise.all([loadManaged(locale, slug, PATH), getTranslations({ locale, namespace: "objectivesEditor" })]);
  return { title: `${t("title")}: ${consultation.title}` };
}

export default async function ObjectivesEditorPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const [{ actor, consultation, decision }, t, query] = await Promise.all([
    loadManaged(locale, slug, PATH),
    getTranslations("objectivesEditor"),
    searchParams.then(firstValues),
  ]);
  if (!decision.ok) return <Refusal title={t("title")} reason={decision.reason} />;
  const [objectives, error] = await Promise.all([listObjectives(actor, consultation), errorFromQuery(query.error)]);
  const moved = /^\d{1,4}$/.test(query.moved ?? "") ? Number(query.moved) : undefined;
  const base = `/consultations/${consultation.slug}`;
  const nextNumber = Math.max(0, ...objectives.map((o) => o.number)) + 1;
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <ManagementBreadcrumb consultation={consultation} current={t("title")} />
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href={`${base}/secretariat/objectives/import`} className={linkClass}>
              {t("importLink")}
            </Link>
          </li>
          <li>
            <Link href={`${base}/secretariat/settings`} className={linkClass}>
              {t("settingsLink")}
            </Link>
          </li>
        </ul>
      </div>
      <section aria-labelledby="list-heading" className="flex flex-col gap-3">
        <h2 id="list-heading" className="text-xl font-semibold">
          {t("listHeading", { count: objectives.length })}
        </h2>
        {error ? <Alert tone="error">{error}</Alert> : null}
        {moved ? <Alert tone="success">{t("moved", { number: moved })}</Alert> : null}
        {objectives.length === 0 ? (
          <p className="text-slate-700">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-start">
              <caption className="sr-only">{t("caption")}</caption>
              <thead>
                <tr className="border-b border-slate-300 text-start text-sm text-slate-700">
                  <th scope="col" className="p-2 text-start">{t("number")}</th>
                  <th scope="col" className="p-2 text-start">{t("objective")}</th>
                  <th scope="col" className="p-2 text-start">{t("comments")}</th>
                  <th scope="col" className="p-2 text-start">{t("order")}</th>
                </tr>
              </thead>
              <tbody>
                {objectives.map((o, index) => (
                  <tr key={o.id} className={`border-b border-slate-200 ${o.number === moved ? "bg-brand-50" : ""}`}>
                    <th scope="row" className="p-2 text-start align-top font-semibold">
                      {o.number}
                    </th>
                    <td className="p-2 align-top">
                      <Link href={`${base}/secretariat/objectives/${o.number}`} className={linkClass}>
                        {o.shortTitle}
                      </Link>
                      <span className="sr-only"> ({t("editObjective")})</span>
                      <p className="text-sm text-slate-700">{o.title}</p>
                    </td>
                    <td className="p-2 align-top text-sm">{o.commentCount}</td>
                    <td className="p-2 align-top">
                      <MoveButtons slug={consultation.slug} objective={o} first={index === 0} last={index === objectives.length - 1} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="add-heading" className="flex max-w-3xl flex-col gap-3">
        <h2 id="add-heading" className="text-xl font-semibold">
          {t("addHeading")}
        </h2>
        <NewObjectiveForm consultationId={consultation.id} nextNumber={nextNumber} />
      </section>
    </div>
  );
}
