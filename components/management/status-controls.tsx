import { getFormatter, getTranslations } from "next-intl/server";
import { changeStatusFormAction } from "@/app/[locale]/(site)/consultations/[slug]/secretariat/settings/actions";
import { StatusBadge } from "@/components/status-badge";
import { Button } from "@/components/ui/button";
import type { Consultation } from "@/db/schema";
import type { STATUS_CHANGES } from "@/lib/consultations/schemas";

type Change = (typeof STATUS_CHANGES)[number];

/** The changes offered from each status: the same as the domain allows (settings.ts). */
const OFFERED: Record<Consultation["status"], { status: Change; label: string }[]> = {
  draft: [
    { status: "open", label: "openNow" },
    { status: "archived", label: "archive" },
  ],
  open: [{ status: "closed", label: "closeNow" }],
  closed: [
    { status: "open", label: "reopen" },
    { status: "archived", label: "archive" },
  ],
  archived: [],
};

/**
 * The consultation's status now, what its dates will do, and buttons to open, close or archive it
 * at once. Plain forms: they work before the page's scripts load, or without them.
 */
export async function StatusControls({ consultation }: { consultation: Consultation }) {
  const [t, format] = await Promise.all([getTranslations("consultationSettings"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const now = new Date();
  const schedule: string[] = [];
  if (consultation.status === "draft" && consultation.opensAt) schedule.push(t("opensOn", { date: when(consultation.opensAt) }));
  if (consultation.status === "draft" && !consultation.opensAt) schedule.push(t("notScheduled"));
  if ((consultation.status === "draft" || consultation.status === "open") && consultation.closesAt && consultation.closesAt > now) {
    schedule.push(t("closesOn", { date: when(consultation.closesAt) }));
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{t("statusNow")}</span>
        <StatusBadge status={consultation.status} />
      </p>
      <p className="text-slate-700">{t(`explain.${consultation.status}`)}</p>
      {schedule.map((line) => (
        <p key={line} className="text-slate-700">
          {line}
        </p>
      ))}
      <div className="flex flex-wrap gap-3">
        {OFFERED[consultation.status].map((change) => (
          <form key={change.status} action={changeStatusFormAction}>
            <input type="hidden" name="consultationId" value={consultation.id} />
            <input type="hidden" name="slug" value={consultation.slug} />
            <input type="hidden" name="status" value={change.status} />
            <Button type="submit" variant={change.status === "archived" ? "secondary" : "primary"}>
              {t(change.label)}
            </Button>
          </form>
        ))}
      </div>
    </div>
  );
}
