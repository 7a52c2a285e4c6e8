import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { Denial } from "@/lib/auth/policy";

/** A staff page refused to the reader: its title, and why, instead of its content. */
export async function Refusal({ title, reason }: { title: string; reason: Denial }) {
  const t = await getTranslations("errors.forbidden");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-semibold">{title}</h1>
      <Alert tone="error">{t(reason)}</Alert>
    </div>
  );
}
