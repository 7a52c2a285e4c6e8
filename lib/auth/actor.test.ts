import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { appoint, createConsultation, createUser, suspend } from "@/test/factories";
import { ANONYMOUS, loadActor } from "./actor";
import { revokeSessions } from "./sessions";

describe("loadActor", () => {
  it("loads roles per consultation and active suspensions in one go", async () => {
    const { consultation: a } = await createConsultation();
    const { consultation: b } = await createConsultation();
    const user = await createUser({ stakeholderGroup: "member_state", affiliationStatus: "verified" });
    await appoint(user, a, "moderator");
    await appoint(user, a, "secretariat");
    await suspend(user, b);
    const actor = await loadActor(getDb(), user.id, 1);
    expect(actor).toMatchObject({
      kind: "user",
      id: user.id,
      stakeholderGroup: "member_state",
      affiliationStatus: "verified",
      suspendedIn: [b.id],
    });
    expect(actor.kind === "user" && actor.staff[a.id]?.sort()).toEqual(["moderator", "secretariat"]);
  });

  it("ignores lifted and ended suspensions", async () => {
    const { consultation } = await createConsultation();
    const user = await createUser();
    const { suspensions } = await import("@/db/schema");
    await getDb()
      .insert(suspensions)
      .values([
        { userId: user.id, consultationId: consultation.id, reason: "lifted", liftedAt: new Date() },
        {
          userId: user.id,
          consultationId: null,
          reason: "ended",
          startsAt: new Date(Date.now() - 3_600_000),
          endsAt: new Date(Date.now() - 60_000),
        },
      ]);
    expect(await loadActor(getDb(), user.id, 1)).toMatchObject({ kind: "user", suspendedIn: [] });
  });

  it("treats a revoked session as anonymous", async () => {
    const user = await createUser();
    expect((await loadActor(getDb(), user.id, 1)).kind).toBe("user");
    await revokeSessions(getDb(), user.id);
    expect(await loadActor(getDb(), user.id, 1)).toEqual(ANONYMOUS);
    expect((await loadActor(getDb(), user.id, 2)).kind).toBe("user");
  });

  it("revokes the session of a user suspended from the whole platform", async () => {
    const user = await createUser();
    await suspend(user, null);
    expect(await loadActor(getDb(), user.id, 1)).toEqual(ANONYMOUS);
  });

  it("treats an unknown user or a token without a version as anonymous", async () => {
    const user = await createUser();
    expect(await loadActor(getDb(), "00000000-0000-4000-8000-000000000000", 1)).toEqual(ANONYMOUS);
    expect(await loadActor(getDb(), user.id, undefined)).toEqual(ANONYMOUS);
  });
});
