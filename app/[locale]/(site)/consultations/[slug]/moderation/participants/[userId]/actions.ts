"use server";

import { validatedAction } from "@/lib/actions/validated-action";
import { getConsultation } from "@/lib/consultations/queries";
import { addParticipantNote } from "@/lib/moderation/notes";
import { liftSuspensionSchema, participantNoteSchema, suspendSchema } from "@/lib/moderation/schemas";
import { liftSuspension, suspendParticipant } from "@/lib/moderation/suspensions";
import { refreshConsultationPages } from "@/lib/cache/consultation-pages";

export const participantNoteAction = validatedAction(participantNoteSchema, async ({ slug, userId, body }, actor) => {
  const consultation = await getConsultation(actor, slug);
  const note = await addParticipantNote(actor, consultation, userId, body);
  refreshConsultationPages();
  return { ok: true, data: note };
});

export const suspendAction = validatedAction(suspendSchema, async ({ slug, userId, reason, endsOn, hideComments }, actor) => {
  const consultation = await getConsultation(actor, slug);
  // The date field gives a day; the suspension runs until that day begins, in UTC.
  const endsAt = endsOn ? new Date(`${endsOn}T00:00:00Z`) : undefined;
  await suspendParticipant(actor, consultation, { userId, reason, endsAt, hideComments });
  refreshConsultationPages();
});

export const liftSuspensionAction = validatedAction(liftSuspensionSchema, async ({ slug, userId }, actor) => {
  const consultation = await getConsultation(actor, slug);
  await liftSuspension(actor, consultation, userId);
  refreshConsultationPages();
});
