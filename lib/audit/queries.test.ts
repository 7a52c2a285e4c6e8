import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, type Consultation, type NewAuditRow } from "@/db/schema";
import { ANONYMOUS } from "@/lib/auth/actor";
import { actorFor, appoint, createComment, createConsultation, createUser, suspend } from "@/test/factories";
import { auditFilterOptions, listAuditLog } from "./queries";
import { auditQuerySchema } from "./schemas";

/**
 * Runs on PGlite and on PostgreSQL. On PostgreSQL every test file shares one database, so each test
 * reads through a filter on an actor of its own, or checks only the rows it wrote.
 */

async function write(rows: Partial<NewAuditRow>[]) {
  return getDb()
    .insert(auditLog)
    .values(rows.map((row) => ({ action: "staff.appoint", targetType: "user", targetId: randomUUID(), ...row })))
    .returning();
}

async function staffOf(consultation: Consultation, role: "moderator" | "secretariat" = "moderator") {
  const user = await createUser();
  await appoint(user, consultation, role);
  return actorFor(user);
}

const query = (raw: Record<string, string> = {}) => auditQuerySchema.parse(raw);

describe("listAuditLog", () => {
  it("shows the consultation's rows, the platform-wide ones to verifiers only, not another consultation's", async () => {
    const { consultation } = await createConsultation();
    const { consultation: other } = await createConsultation();
    const writer = await createUser();
    const [here, platform, elsewhere] = await write([
      { actorId: writer.id, consultationId: consultation.id },
      { actorId: writer.id, consultationId: null, action: "affiliation.verify" },
      { actorId: writer.id, consultationId: other.id },
    ]);
    const { rows } = await listAuditLog(await staffOf(consultation, "secretariat"), consultation, query({ actor: writer.id }));
    expect(rows.map((r) => [r.id, r.platformWide])).toEqual([
      [platform.id, true],
      [here.id, false],
    ]);
    expect(rows.map((r) => r.id)).not.toContain(elsewhere.id);
    const moderatorView = await listAuditLog(await staffOf(consultation), consultation, query({ actor: writer.id }));
    expect(moderatorView.rows.map((r) => r.id)).toEqual([here.id]);
  });

  it("filters by actor (or the system), action, and whole UTC days from and to", async () => {
    const { consultation } = await createConsultation();
    const [alice, bob] = [await createUser({ name: "Alice" }), await createUser({ name: "Bob" })];
    const c = consultation.id;
    const [a1, a2, b1, b2] = await write([
      { actorId: alice.id, consultationId: c, action: "comment.hide", at: new Date("2026-03-01T00:00:00Z") },
      { actorId: alice.id, consultationId: c, action: "staff.appoint", at: new Date("2026-03-02T23:59:59.999Z") },
      { actorId: bob.id, consultationId: c, action: "comment.hide", at: new Date("2026-03-03T00:00:00Z") },
      { actorId: bob.id, consultationId: c, action: "comment.hide", at: new Date("2026-02-28T23:59:59Z") },
    ]);
    const [system] = await write([{ actorId: null, consultationId: c, action: "comment.autoHide", targetType: "comment" }]);
    const viewer = await staffOf(consultation, "secretariat");
    const ids = async (raw: Record<string, string>) => (await listAuditLog(viewer, consultation, query(raw))).rows.map((r) => r.id);

    expect(await ids({ actor: alice.id })).toEqual([a2.id, a1.id]);
    expect(await ids({ actor: bob.id, action: "comment.hide" })).toEqual([b1.id, b2.id]);
    expect(await ids({ actor: alice.id, action: "comment.hide" })).toEqual([a1.id]);
    expect(await ids({ actor: "system", action: "comment.autoHide" })).toContain(system.id);
    expect(await ids({ actor: "system" })).not.toContain(a1.id);
    // Both ends are whole days: the 1st from its first instant, the 2nd to its last.
    expect(await ids({ actor: alice.id, from: "2026-03-01", to: "2026-03-02" })).toEqual([a2.id, a1.id]);
    expect(await ids({ actor: bob.id, from: "2026-03-01", to: "2026-03-02" })).toEqual([]);
    expect(await ids({ actor: bob.id, from: "2026-03-01" })).toEqual([b1.id]);
    expect(await ids({ actor: bob.id, to: "2026-02-28" })).toEqual([b2.id]);
    // A malformed filter is ignored, not an error.
    expect(query({ actor: "drop table", from: "yesterday", action: "x'--" })).toEqual({});
  });

  it("pages newest first by keyset: every row once, ties on time in order, new rows do not shift pages", async () => {
    const { consultation } = await createConsultation();
    const writer = await createUser();
    const same = new Date("2026-04-01T12:00:00.123456Z");
    const written = await write(
      Array.from({ length: 7 }, (_, i) => ({ actorId: writer.id, consultationId: consultation.id, at: i < 4 ? same : new Date(Date.UTC(2026, 3, 2, 0, i)) })),
    );
    const viewer = await staffOf(consultation);
    const seen: number[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await listAuditLog(viewer, consultation, query({ actor: writer.id, ...(after ? { after } : {}) }), 3);
      seen.push(...page.rows.map((r) => r.id));
      if (pages === 0) await write([{ actorId: writer.id, consultationId: consultation.id }]);
      after = page.nextCursor ?? undefined;
      pages++;
    } while (after);
    const expected = [...written].sort((x, y) => y.at.getTime() - x.at.getTime() || y.id - x.id).map((r) => r.id);
    expect(seen).toEqual(expected);
    expect(pages).toBe(3);
    // A forged cursor starts from the top rather than failing.
    const forged = await listAuditLog(viewer, consultation, query({ actor: writer.id, after: "bm90IGEgY3Vyc29y" }), 3);
    expect(forged.rows).toHaveLength(3);
  });

  it("names the actor and the target: a person, or a comment with where to read it", async () => {
    const { consultation, objectives } = await createConsultation();
    const moderator = await createUser({ name: "Nadia Moderator" });
    const author = await createUser({ name: "Target Person", email: `target-${randomUUID()}@example.org` });
    const comment = await createComment(objectives[1], author);
    await write([
      { actorId: moderator.id, consultationId: consultation.id, action: "comment.hide", targetType: "comment", targetId: comment.id, reason: "spam" },
      { actorId: moderator.id, consultationId: consultation.id, action: "participant.suspend", targetType: "user", targetId: author.id, after: { endsAt: null } },
    ]);
    const { rows } = await listAuditLog(await staffOf(consultation), consultation, query({ actor: moderator.id }));
    expect(rows.map((r) => ({ actorName: r.actorName, targetName: r.targetName, objective: r.commentObjective, root: r.commentRootId, after: r.after }))).toEqual([
      { actorName: "Nadia Moderator", targetName: "Target Person", objective: null, root: null, after: { endsAt: null } },
      { actorName: "Nadia Moderator", targetName: null, objective: 2, root: comment.id, after: null },
    ]);
  });

  it("is for the consultation's staff and admins only", async () => {
    const { consultation } = await createConsultation();
    const { consultation: other } = await createConsultation();
    const suspendedModerator = await createUser();
    await appoint(suspendedModerator, consultation, "moderator");
    await suspend(suspendedModerator, consultation);
    const refused = [
      [ANONYMOUS, "signInRequired"],
      [await actorFor(await createUser()), "notStaff"],
      [await staffOf(other), "notStaff"],
      [await actorFor(suspendedModerator), "suspended"],
    ] as const;
    for (const [actor, reason] of refused) {
      await expect(listAuditLog(actor, consultation, query())).rejects.toMatchObject({ reason });
      await expect(auditFilterOptions(actor, consultation)).rejects.toMatchObject({ reason });
    }
    for (const actor of [await staffOf(consultation), await staffOf(consultation, "secretariat"), await actorFor(await createUser({ platformRole: "admin" }))]) {
      await expect(listAuditLog(actor, consultation, query())).resolves.toHaveProperty("rows");
    }
  });
});

describe("auditFilterOptions", () => {
  it("offers the actors and actions found in scope, the system included", async () => {
    const { consultation } = await createConsultation();
    const { consultation: other } = await createConsultation();
    const [here, elsewhere] = [await createUser({ name: "Here Actor" }), await createUser({ name: "Elsewhere Actor" })];
    await write([
      { actorId: here.id, consultationId: consultation.id, action: "staff.remove" },
      { actorId: null, consultationId: consultation.id, action: "comment.autoHide" },
      { actorId: elsewhere.id, consultationId: other.id, action: "comment.approve" },
    ]);
    const options = await auditFilterOptions(await staffOf(consultation), consultation);
    expect(options.actors).toContainEqual({ id: here.id, name: "Here Actor", email: here.email });
    expect(options.actors).toContainEqual({ id: null, name: null, email: null });
    expect(options.actors.map((a) => a.id)).not.toContain(elsewhere.id);
    expect(options.actions).toEqual(expect.arrayContaining(["staff.remove", "comment.autoHide"]));
    expect(new Set(options.actions).size).toBe(options.actions.length);
  });
});
