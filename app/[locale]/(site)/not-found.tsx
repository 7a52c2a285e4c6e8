import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("notFound");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/" className="text-brand-700 underline">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
