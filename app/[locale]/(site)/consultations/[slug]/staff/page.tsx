import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Announcer } from "@/components/admin/announcer";
import { AppointStaffForm } from "@/components/admin/appoint-staff-form";
import { DataTable, cellClass } from "@/components/admin/data-table";
import { Refusal } from "@/components/admin/refusal";
import { RemoveStaffForm } from "@/components/admin/remove-staff-form";
import { Breadcrumb } from "@/components/breadcrumb";
import { ForbiddenError } from "@/lib/auth/policy";
import { loadConsultationPage } from "@/lib/consultations/load-page";
import { listStaff } from "@/lib/consultations/staff";

type Params = Promise<{ locale: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, locale } = await params;
  const [{ consultation }, t] = await Promise.all([loadConsultationPage(slug), getTranslations({ locale, namespace: "staffPage" })]);
  return { title: `${t("title")} · ${consultation.title}` };
}

/** A consultation's moderators and secretariat, appointed and removed by platform admins. */
export default async function StaffPage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const [{ actor, consultation }, t, tConsultation, format] = await Promise.all([
    loadConsultationPage(slug),
    getTranslations("staffPage"),
    getTranslations("consultation"),
    getFormatter(),
  ]);
  let staff;
  try {
    staff = await listStaff(actor, consultation);
  } catch (error) {
    if (error instanceof ForbiddenError) return <Refusal title={t("title")} reason={error.reason} />;
    throw error;
  }
  return (
    <div className="flex flex-col gap-8">
      <Breadcrumb
        label={tConsultation("breadcrumb")}
        trail={[{ href: `/consultations/${consultation.slug}`, label: consultation.title }]}
        current={t("title")}
      />
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro", { consultation: consultation.title })}</p>
      </div>
      <Announcer>
        <section aria-labelledby="staff-heading" className="flex flex-col gap-4">
          <h2 id="staff-heading" className="text-xl font-semibold">
            {t("listHeading", { count: staff.length })}
          </h2>
          {staff.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <DataTable caption={t("caption", { consultation: consultation.title })} columns={[t("name"), t("email"), t("role"), t("since"), t("actions")]}>
              {staff.map((member) => (
                <tr key={`${member.userId}-${member.role}`}>
                  <th scope="row" className={`${cellClass} text-start font-medium`}>
                    <bdi>{member.name}</bdi>
                    {member.organization ? <span className="block font-normal text-slate-600"><bdi>{member.organization}</bdi></span> : null}
                  </th>
                  <td className={cellClass}>{member.email}</td>
                  <td className={cellClass}>{t(`roles.${member.role}`)}</td>
                  <td className={cellClass}>
                    <time dateTime={member.since.toISOString()}>{format.dateTime(member.since, { dateStyle: "medium" })}</time>
                  </td>
                  <td className={cellClass}>
                    <RemoveStaffForm slug={consultation.slug} userId={member.userId} name={member.name} role={member.role} />
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>
        <section aria-labelledby="appoint-heading" className="flex flex-col gap-4">
          <h2 id="appoint-heading" className="text-xl font-semibold">
            {t("appointHeading")}
          </h2>
          <AppointStaffForm slug={consultation.slug} />
        </section>
      </Announcer>
    </div>
  );
}
