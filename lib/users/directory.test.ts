import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { suspensions } from "@/db/schema";
import { ANONYMOUS } from "@/lib/auth/actor";
import { actorFor, appoint, createConsultation, createUser, suspend } from "@/test/factories";
import { findAccounts, listPlatformSuspensions } from "./directory";

async function admin() {
  return actorFor(await createUser({ platformRole: "admin", name: "Ada Admin" }));
}

describe("findAccounts", () => {
  it("finds by part of the email or the name, case-insensitively, and says who is suspended", async () => {
    const tag = randomUUID().slice(0, 8);
    const amina = await createUser({ name: `Amina ${tag}`, email: `amina-${tag}@example.org` });
    const suspended = await createUser({ name: "Somebody", email: `other-${tag}@example.org` });
    await suspend(suspended, null);
    const { consultation } = await createConsultation();
    await suspend(amina, consultation);
    const byEmail = await findAccounts(await admin(), ` ${tag.toUpperCase()}@EXAMPLE `);
    expect(byEmail.map((a) => [a.id, a.suspended])).toEqual([
      [amina.id, false],
      [suspended.id, true],
    ]);
    expect((await findAccounts(await admin(), `amina ${tag}`)).map((a) => a.id)).toEqual([amina.id]);
    expect(await findAccounts(await admin(), "   ")).toEqual([]);
    // Wildcards typed in the search are plain characters.
    expect(await findAccounts(await admin(), `${tag}%_`)).toEqual([]);
  });

  it("is for platform admins only", async () => {
    const secretariat = await createUser();
    await appoint(secretariat, (await createConsultation()).consultation, "secretariat");
    for (const [actor, reason] of [
      [ANONYMOUS, "signInRequired"],
      [await actorFor(await createUser()), "notAdmin"],
      [await actorFor(secretariat), "notAdmin"],
    ] as const) {
      await expect(findAccounts(actor, "example")).rejects.toMatchObject({ reason });
      await expect(listPlatformSuspensions(actor)).rejects.toMatchObject({ reason });
    }
  });
});

describe("listPlatformSuspensions", () => {
  it("lists platform suspensions in force, not lifted, ended, future or consultation ones", async () => {
    const actor = await admin();
    const { consultation } = await createConsultation();
    const [active, lifted, ended, future, local] = await Promise.all(Array.from({ length: 5 }, () => createUser()));
    const day = 24 * 60 * 60 * 1000;
    await getDb().insert(suspensions).values([
      { userId: active.id, reason: "spam everywhere", endsAt: new Date(Date.now() + day), createdBy: actor.kind === "user" ? actor.id : null },
      { userId: lifted.id, reason: "r", liftedAt: new Date() },
      { userId: ended.id, reason: "r", startsAt: new Date(Date.now() - 2 * day), endsAt: new Date(Date.now() - day) },
      { userId: future.id, reason: "r", startsAt: new Date(Date.now() + day) },
      { userId: local.id, reason: "r", consultationId: consultation.id },
    ]);
    const listed = await listPlatformSuspensions(actor);
    const ids = listed.map((s) => s.userId);
    expect(ids).toContain(active.id);
    for (const user of [lifted, ended, future, local]) expect(ids).not.toContain(user.id);
    expect(listed.find((s) => s.userId === active.id)).toMatchObject({ reason: "spam everywhere", createdBy: "Ada Admin", email: active.email });
  });
});
