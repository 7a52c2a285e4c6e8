import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { consultations, type NewConsultation } from "@/db/schema";
import { ANONYMOUS } from "@/lib/auth/actor";
import { createComment } from "@/lib/comments/mutations";
import { NotFoundError } from "@/lib/errors";
import { actorFor, createConsultation, createUser } from "@/test/factories";
import { getConsultation, listConsultations } from "./queries";
import { effectiveStatus } from "./status";

const OPENS = new Date("2030-03-01T09:00:00.000Z");
const CLOSES = new Date("2030-04-01T17:00:00.000Z");
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

async function statusAt(id: string, at: Date) {
  const [row] = await getDb().select({ status: effectiveStatus(at) }).from(consultations).where(eq(consultations.id, id));
  return row.status;
}

async function scheduled(overrides: Partial<NewConsultation>) {
  return (await createConsultation({ opensAt: OPENS, closesAt: CLOSES, ...overrides }, 1)).consultation;
}

describe("effective status at the date boundaries", () => {
  it("a scheduled draft opens at its opening instant and closes at its closing instant", async () => {
    const { id } = await scheduled({ status: "draft" });
    expect(await statusAt(id, ms(OPENS, -1))).toBe("draft");
    expect(await statusAt(id, OPENS)).toBe("open");
    expect(await statusAt(id, ms(CLOSES, -1))).toBe("open");
    expect(await statusAt(id, CLOSES)).toBe("closed");
  });

  it("an open consultation closes at its closing instant, whatever its opening date", async () => {
    const { id } = await scheduled({ status: "open" });
    expect(await statusAt(id, ms(OPENS, -1))).toBe("open");
    expect(await statusAt(id, ms(CLOSES, -1))).toBe("open");
    expect(await statusAt(id, CLOSES)).toBe("closed");
  });

  it("a draft without an opening date stays a draft; closed and archived are never undone by a date", async () => {
    const unscheduled = (await createConsultation({ status: "draft", closesAt: CLOSES }, 0)).consultation;
    expect(await statusAt(unscheduled.id, ms(CLOSES, 1))).toBe("draft");
    for (const status of ["closed", "archived"] as const) {
      const { id } = await scheduled({ status });
      expect(await statusAt(id, OPENS)).toBe(status);
      expect(await statusAt(id, ms(CLOSES, 1))).toBe(status);
    }
  });
});

describe("every reader sees the effective status now", () => {
  it("a draft whose opening date has passed is open: listed, readable, and taking comments", async () => {
    const { consultation, objectives } = await createConsultation({ status: "draft", opensAt: new Date(Date.now() - 1000) });
    expect((await getConsultation(ANONYMOUS, consultation.slug)).status).toBe("open");
    expect((await listConsultations(ANONYMOUS)).find((c) => c.id === consultation.id)?.status).toBe("open");
    const participant = await actorFor(await createUser());
    const created = await createComment(participant, { objectiveId: objectives[0].id, body: "Now open", stance: "supports", locale: "en", tags: [], idempotencyKey: randomUUID() });
    expect(created.status).toBe("published");
  });

  it("a draft whose opening date is ahead stays hidden from the public", async () => {
    const { consultation } = await createConsultation({ status: "draft", opensAt: new Date(Date.now() + 60_000) });
    await expect(getConsultation(ANONYMOUS, consultation.slug)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("an open consultation whose closing date has passed is closed and refuses comments", async () => {
    const { consultation, objectives } = await createConsultation({ status: "open", closesAt: new Date(Date.now() - 1000) });
    expect((await getConsultation(ANONYMOUS, consultation.slug)).status).toBe("closed");
    const participant = await actorFor(await createUser());
    await expect(
      createComment(participant, { objectiveId: objectives[0].id, body: "Too late", stance: "supports", locale: "en", tags: [], idempotencyKey: randomUUID() }),
    ).rejects.toMatchObject({ reason: "consultationNotOpen" });
    // The stored status is left as the secretariat set it: the date alone closed it.
    const [stored] = await getDb().select({ status: consultations.status }).from(consultations).where(eq(consultations.id, consultation.id));
    expect(stored.status).toBe("open");
  });
});
