import { getTranslations } from "next-intl/server";
import { moveObjectiveFormAction } from "@/app/[locale]/(site)/consultations/[slug]/secretariat/objectives/actions";

const buttonClass =
  "rounded border border-brand-700 bg-white px-2 py-1 text-sm font-medium text-brand-800 hover:bg-brand-50";

/** "Move up" and "Move down" for one objective: plain forms, so they work without scripts. */
export async function MoveButtons({
  slug,
  objective,
  first,
  last,
}: {
  slug: string;
  objective: { id: string; number: number };
  first: boolean;
  last: boolean;
}) {
  const t = await getTranslations("objectivesEditor");
  const directions = [...(first ? [] : (["up"] as const)), ...(last ? [] : (["down"] as const))];
  return (
    <div className="flex flex-wrap gap-2">
      {directions.map((direction) => (
        <form key={direction} action={moveObjectiveFormAction}>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="objectiveId" value={objective.id} />
          <input type="hidden" name="direction" value={direction} />
          <button type="submit" className={buttonClass}>
            <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span> {t(direction === "up" ? "moveUp" : "moveDown")}
            <span className="sr-only"> {t("whichObjective", { number: objective.number })}</span>
          </button>
        </form>
      ))}
    </div>
  );
}
