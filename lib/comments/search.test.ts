import { describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { actorFor, createComment, createConsultation, createUser } from "@/test/factories";
import { listOwnContributions } from "./contributions";
import { MATCH_END, MATCH_START, searchComments } from "./search";

describe("searchComments", () => {
  it("finds published comments in any of the six languages, with marked snippets", async () => {
    const { consultation, objectives } = await createConsultation();
    const author = await createUser({ publicationPreference: "organization_only", organization: "Red Cross" });
    const english = await createComment(objectives[1], author, { body: "Firewalls between immigration enforcement and public services protect migrants." });
    const arabic = await createComment(objectives[0], author, { body: "يجب حماية المهاجرين في جميع مراحل الهجرة" });
    await createComment(objectives[0], author, { body: "Hidden firewalls text", status: "hidden" });
    await createComment(objectives[0], author, { body: "Deleted firewalls text", deletedAt: new Date() });

    const found = await searchComments(ANONYMOUS, consultation, "firewalls");
    expect(found.total).toBe(1);
    expect(found.hits[0]).toMatchObject({ id: english.id, objectiveNumber: 2, author: { name: null, organization: "Red Cross" } });
    expect(found.hits[0].snippet).toContain(`${MATCH_START}Firewalls${MATCH_END}`);

    expect((await searchComments(ANONYMOUS, consultation, "المهاجرين")).hits.map((h) => h.id)).toEqual([arabic.id]);
  });

  it("keeps markup-like text in snippets as typed", async () => {
    const { consultation, objectives } = await createConsultation();
    await createComment(objectives[0], await createUser(), { body: "Payload <script>alert(1)</script> near keyword" });
    const [hit] = (await searchComments(ANONYMOUS, consultation, "keyword")).hits;
    expect(hit.snippet).toBe(`Payload <script>alert(1)</script> near ${MATCH_START}keyword${MATCH_END}`);
  });

  it("understands web search syntax: phrases, OR and exclusion", async () => {
    const { consultation, objectives } = await createConsultation();
    const author = await createUser();
    const a = await createComment(objectives[0], author, { body: "decent work for migrant workers" });
    const b = await createComment(objectives[0], author, { body: "work permits and decent housing" });
    const ids = async (q: string) => (await searchComments(ANONYMOUS, consultation, q)).hits.map((h) => h.id).sort();
    expect(await ids('"decent work"')).toEqual([a.id]);
    expect(await ids("permits OR migrant")).toEqual([a.id, b.id].sort());
    expect(await ids("decent -housing")).toEqual([a.id]);
    expect(await ids("   ")).toEqual([]);
    // Malformed queries are not errors.
    expect(await ids('"unterminated & | !')).toEqual([]);
  });

  it("is limited to the consultation and refuses drafts to outsiders", async () => {
    const { consultation } = await createConsultation();
    const other = await createConsultation();
    await createComment(other.objectives[0], await createUser(), { body: "elsewhere only" });
    expect((await searchComments(ANONYMOUS, consultation, "elsewhere")).total).toBe(0);
    const { consultation: draft } = await createConsultation({ status: "draft" });
    await expect(searchComments(ANONYMOUS, draft, "x")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("listOwnContributions", () => {
  it("lists the user's own comments with their status, and refuses anonymous", async () => {
    const { consultation, objectives } = await createConsultation();
    const author = await createUser();
    await createComment(objectives[0], author, { status: "pending", body: "waiting" });
    await createComment(objectives[1], author, { deletedAt: new Date(), body: "gone" });
    await createComment(objectives[0], await createUser(), { body: "not mine" });
    const mine = await listOwnContributions(await actorFor(author));
    expect(mine.map((c) => [c.body, c.status, c.deleted, c.consultationSlug]).sort()).toEqual(
      [
        ["gone", "published", true, consultation.slug],
        ["waiting", "pending", false, consultation.slug],
      ].sort(),
    );
    await expect(listOwnContributions(ANONYMOUS)).rejects.toMatchObject({ code: "forbidden.signInRequired" });
  });
});
