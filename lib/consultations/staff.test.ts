import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { ANONYMOUS, loadActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { actorFor, appoint, createConsultation, createUser } from "@/test/factories";
import { appointStaff, listStaff, removeStaff } from "./staff";

describe("staff appointments", () => {
  it("an admin appoints and removes moderators, and the power follows at once, in that consultation only", async () => {
    const { consultation } = await createConsultation();
    const { consultation: other } = await createConsultation();
    const admin = await actorFor(await createUser({ platformRole: "admin" }));
    const person = await createUser();
    expect(await appointStaff(admin, consultation, { email: ` ${person.email.toUpperCase()} `, role: "moderator" })).toMatchObject({ id: person.id });
    const appointed = await loadActor(getDb(), person.id, 1);
    expect(can(appointed, "comment.moderate", { consultation })).toBe(true);
    expect(can(appointed, "comment.moderate", { consultation: other })).toBe(false);
    expect((await listStaff(admin, consultation)).map((s) => [s.userId, s.role])).toEqual([[person.id, "moderator"]]);
    await expect(appointStaff(admin, consultation, { email: person.email, role: "moderator" })).rejects.toMatchObject({ code: "alreadyStaff" });
    await expect(appointStaff(admin, consultation, { email: "nobody@example.org", role: "moderator" })).rejects.toMatchObject({ code: "noAccountWithEmail", field: "email" });

    await removeStaff(admin, consultation, { userId: person.id, role: "moderator" });
    expect(can(await loadActor(getDb(), person.id, 1), "comment.moderate", { consultation })).toBe(false);
    await expect(removeStaff(admin, consultation, { userId: person.id, role: "moderator" })).rejects.toMatchObject({ code: "notStaffMember" });
    const trail = await getDb().select().from(auditLog).where(eq(auditLog.targetId, person.id));
    expect(trail.map((r) => [r.action, r.after])).toEqual([
      ["staff.appoint", { role: "moderator" }],
      ["staff.remove", null],
    ]);
  });

  it("is refused to everyone but platform admins", async () => {
    const { consultation } = await createConsultation();
    const secretariat = await createUser();
    await appoint(secretariat, consultation, "secretariat");
    const person = await createUser();
    for (const actor of [ANONYMOUS, await actorFor(await createUser()), await actorFor(secretariat)]) {
      await expect(appointStaff(actor, consultation, { email: person.email, role: "moderator" })).rejects.toHaveProperty("reason");
    }
    expect(await getDb().select().from(auditLog).where(eq(auditLog.targetId, person.id))).toHaveLength(0);
  });
});
