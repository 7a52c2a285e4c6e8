import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, objectives } from "@/db/schema";
import gcm from "@/db/seed/gcm.json";
import { actorFor, createConsultation, createUser } from "@/test/factories";
import { importObjectives, previewImport } from "./import";
import { updateObjective } from "./objectives";

async function admin() {
  return actorFor(await createUser({ platformRole: "admin" }));
}

async function rowsOf(consultationId: string) {
  return getDb().select().from(objectives).where(eq(objectives.consultationId, consultationId)).orderBy(asc(objectives.position));
}

describe("importing objectives", () => {
  it("the seed file fills an empty consultation; importing it again updates titles and keeps the bodies", async () => {
    const actor = await admin();
    const { consultation } = await createConsultation({ status: "draft" }, 0);
    const input = { consultationId: consultation.id, format: "json" as const, content: JSON.stringify(gcm) };
    expect((await previewImport(actor, input)).rows.every((r) => r.outcome === "add")).toBe(true);
    expect(await importObjectives(actor, input)).toEqual({ added: 23, updated: 0 });
    const first = await rowsOf(consultation.id);
    expect(first.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(first.map((o) => o.position)).toEqual(first.map((o) => o.number));

    const [objective22] = first.filter((o) => o.number === 22);
    await updateObjective(actor, { objectiveId: objective22.id, number: 22, shortTitle: "Old", title: "Old", body: "Kept body" });
    expect(await importObjectives(actor, input)).toEqual({ added: 0, updated: 23 });
    const [again] = (await rowsOf(consultation.id)).filter((o) => o.number === 22);
    expect(again).toMatchObject({ id: objective22.id, shortTitle: gcm.objectives[21].short, body: "Kept body" });
    expect((await getDb().select().from(auditLog).where(eq(auditLog.consultationId, consultation.id))).map((r) => r.action)).toEqual([
      "objectives.import",
      "objective.update",
      "objectives.import",
    ]);
  });

  it("the preview writes nothing", async () => {
    const actor = await admin();
    const { consultation } = await createConsultation({}, 0);
    await previewImport(actor, { consultationId: consultation.id, format: "csv", content: "number,short_title,title\n1,A,B\n" });
    expect(await rowsOf(consultation.id)).toEqual([]);
  });

  it("refuses a file with problems without writing any of its rows", async () => {
    const actor = await admin();
    const { consultation } = await createConsultation({}, 2);
    const content = "number,short_title,title,body\n1,Changed,Changed,\n9,New,New,\n9,Twice,Twice,\n";
    await expect(importObjectives(actor, { consultationId: consultation.id, format: "csv", content })).rejects.toMatchObject({ code: "importHasErrors" });
    expect((await rowsOf(consultation.id)).map((o) => [o.number, o.shortTitle])).toEqual([
      [1, "Objective 1"],
      [2, "Objective 2"],
    ]);
  });
});
