import { useTranslations } from "next-intl";
import type { ConsultationStatus } from "@/lib/domain-values";

const tones: Record<ConsultationStatus, string> = {
  draft: "bg-amber-100 text-amber-900",
  open: "bg-green-100 text-green-900",
  closed: "bg-slate-200 text-slate-800",
  archived: "bg-slate-200 text-slate-800",
};

export function StatusBadge({ status }: { status: ConsultationStatus }) {
  const t = useTranslations("consultationStatus");
  return <span className={`rounded px-2 py-0.5 text-sm font-medium ${tones[status]}`}>{t(status)}</span>;
}
