import { getFormatter, getTranslations } from "next-intl/server";
import { DATE_TIME_FORMAT } from "@/components/comments/styles";
import type { StaffNote } from "@/lib/moderation/queues";

/** Staff notes, oldest first, each with who wrote it and when. */
export async function NotesList({ notes }: { notes: StaffNote[] }) {
  const [t, format] = await Promise.all([getTranslations("moderationNotes"), getFormatter()]);
  if (notes.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {notes.map((note) => (
        <li key={note.id} className="rounded border-s-4 border-amber-600 bg-amber-50 px-3 py-2">
          <p dir="auto" className="whitespace-pre-line text-slate-900">
            {note.body}
          </p>
          <p className="text-sm text-slate-700">
            {t("meta", { author: note.authorName ?? t("formerStaff") })}{" "}
            <time dateTime={note.at.toISOString()}>{format.dateTime(note.at, DATE_TIME_FORMAT)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
