import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CommentBody } from "@/components/comments/comment-body";
import { attributionParts } from "@/lib/compilation/attribution";
import { countryName } from "@/lib/geo/countries";
import type { QuotableComment } from "@/lib/synthesis/queries";

/**
 * A comment as the secretariat quotes it: its text as written, in its language, then who it is from
 * as the author's publication preference allows. `children` holds the buttons acting on it.
 */
export async function QuotedComment({ comment, idPrefix, children }: { comment: QuotableComment; idPrefix: string; children?: ReactNode }) {
  const [locale, t, tGroups, tStances] = await Promise.all([
    getLocale(),
    getTranslations("synthesis"),
    getTranslations("stakeholderGroups"),
    getTranslations("stances"),
  ]);
  const attribution = attributionParts(comment.author, tGroups(comment.author.stakeholderGroup), countryName(comment.author.country, locale));
  return (
    <figure className="flex flex-col gap-2">
      <blockquote lang={comment.locale} dir="auto" className="border-s-4 border-slate-300 ps-4 text-slate-900">
        <CommentBody text={comment.body} />
      </blockquote>
      <figcaption id={`${idPrefix}-${comment.id}`} className="text-sm text-slate-700">
        {attribution.map((part, i) => (
          <span key={i}>
            {i > 0 ? " · " : null}
            <bdi>{part}</bdi>
          </span>
        ))}
        {" · "}
        {tStances(comment.stance)}
        {comment.official ? (
          <>
            {" · "}
            <strong className="font-semibold text-brand-800">{t("official")}</strong>
          </>
        ) : null}
      </figcaption>
      {children}
    </figure>
  );
}
