import { getTranslations } from "next-intl/server";
import { excerpt } from "@/components/plain-text";
import { attributionParts } from "@/lib/compilation/attribution";
import type { EndorsedComment } from "@/lib/dashboard/queries";
import { countryName } from "@/lib/geo/countries";
import { Link } from "@/lib/i18n/navigation";

/** The comments most endorsed within the filters, each linked to its place in the thread. */
export async function MostEndorsed({ comments, slug, locale }: { comments: EndorsedComment[]; slug: string; locale: string }) {
  const [t, tGroups] = await Promise.all([getTranslations("dashboard"), getTranslations("stakeholderGroups")]);
  return (
    <section aria-labelledby="endorsed-heading" className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="endorsed-heading" className="text-xl font-semibold">
        {t("mostEndorsed")}
      </h2>
      {comments.length === 0 ? (
        <p className="text-slate-600">{t("noEndorsements")}</p>
      ) : (
        <ol className="flex list-decimal flex-col gap-3 ps-6">
          {comments.map((comment) => (
            <li key={comment.id}>
              <p dir="auto">{excerpt(comment.body, 180)}</p>
              <p className="text-sm text-slate-700">
                {attributionParts(comment.author, tGroups(comment.author.stakeholderGroup), countryName(comment.author.country, locale)).join(" · ")}
                {" · "}
                {t("endorsements", { count: comment.endorsementCount })}
              </p>
              <Link
                href={`/consultations/${slug}/objectives/${comment.objectiveNumber}?at=${comment.rootId}#comment-${comment.id}`}
                className="text-sm font-medium text-brand-800 underline underline-offset-4"
              >
                {t("viewComment", { number: comment.objectiveNumber })}
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
