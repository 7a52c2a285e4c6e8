import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CommentBody } from "@/components/comments/comment-body";
import { Refusal } from "@/components/admin/refusal";
import { ManagementBreadcrumb, loadManaged } from "@/components/management/managed-page";
import { EditObjectiveForm } from "@/components/management/objective-form";
import { getObjective } from "@/lib/consultations/queries";
import { NotFoundError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";

type Params = Promise<{ locale: string; slug: string; number: string }>;

async function load(locale: string, slug: string, number: string) {
  if (!/^[1-9]\d{0,3}$/.test(number)) notFound();
  const managed = await loadManaged(locale, slug, `secretariat/objectives/${number}`);
  try {
    return { ...managed, objective: (await getObjective(managed.actor, managed.consultation, Number(number))).objective };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug, number } = await params;
  const [{ objective }, t] = await Promise.all([load(locale, slug, number), getTranslations({ locale, namespace: "objectivesEditor" })]);
  return { title: t("editTitle", { number: objective.number }) };
}

export default async function EditObjectivePage({ params }: { params: Params }) {
  const { locale, slug, number } = await params;
  setRequestLocale(locale);
  const [{ consultation, decision, objective }, t] = await Promise.all([load(locale, slug, number), getTranslations("objectivesEditor")]);
  const title = t("editTitle", { number: objective.number });
  if (!decision.ok) return <Refusal title={title} reason={decision.reason} />;
  const base = `/consultations/${consultation.slug}`;
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <div className="flex flex-col gap-3">
        <ManagementBreadcrumb
          consultation={consultation}
          trail={[{ href: `${base}/secretariat/objectives`, label: t("title") }]}
          current={title}
        />
        <h1 className="text-3xl font-semibold">{title}</h1>
        <p>
          <Link href={`${base}/objectives/${objective.number}`} className="font-medium text-brand-800 underline underline-offset-4">
            {t("viewPublic")}
          </Link>
        </p>
      </div>
      <EditObjectiveForm slug={consultation.slug} objective={objective} />
      <section aria-labelledby="published-heading" className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-5">
        <h2 id="published-heading" className="text-xl font-semibold">
          {t("published")}
        </h2>
        {objective.body ? (
          <div dir="auto" className="text-slate-800">
            <CommentBody text={objective.body} />
          </div>
        ) : (
          <p className="text-slate-600">{t("noBody")}</p>
        )}
      </section>
    </div>
  );
}
