import { beforeAll, describe, expect, it } from "vitest";
import { GET, OPTIONS } from "@/app/api/open-data/consultations/[slug]/comments/route";
import type { Comment, Consultation, User } from "@/db/schema";
import { createComment, createConsultation, createUser } from "@/test/factories";

/** The open-data endpoint as any script or other site calls it: no session, plain GET requests. */

const ORIGIN = "http://localhost:3000";
let consultation: Consultation;
let draft: Consultation;
const published: Comment[] = [];
const unpublished: Comment[] = [];
let named: User;
let pseudonymous: User;
let orgOnly: User;

beforeAll(async () => {
  const created = await createConsultation();
  consultation = created.consultation;
  draft = (await createConsultation({ status: "draft" })).consultation;
  named = await createUser({ name: "Public Name", organization: "Public Org" });
  pseudonymous = await createUser({ name: "Secret Name", organization: "Secret Org", pseudonym: "Blue Heron", publicationPreference: "pseudonym" });
  orgOnly = await createUser({ name: "Unshown Name", organization: "Shown Org", publicationPreference: "organization_only" });
  const authors = [named, pseudonymous, orgOnly];
  // Several comments share one creation time: the keyset must still neither skip nor repeat them.
  const shared = new Date("2026-03-01T12:00:00.123456Z");
  for (let i = 0; i < 53; i++) {
    const objective = created.objectives[i % 3];
    const at = i % 4 === 0 ? shared : new Date(Date.UTC(2026, 2, 2, 0, 0, i));
    published.push(await createComment(objective, authors[i % 3], { body: `Published ${i}`, createdAt: at }));
  }
  const o = created.objectives[0];
  unpublished.push(await createComment(o, named, { status: "hidden", body: "Hidden" }));
  unpublished.push(await createComment(o, named, { status: "pending", body: "Pending" }));
  unpublished.push(await createComment(o, named, { status: "rejected", body: "Rejected" }));
  unpublished.push(await createComment(o, named, { body: "Deleted", deletedAt: new Date() }));
  await createComment(created.objectives[0], named, { body: "Published elsewhere" });
  await createComment((await createConsultation()).objectives[0], named, { body: "Another consultation" });
});

function get(slug: string, query = ""): Promise<Response> {
  return GET(new Request(`${ORIGIN}/api/open-data/consultations/${slug}/comments${query}`), { params: Promise.resolve({ slug }) });
}

async function everyPage(limit: number): Promise<{ pages: unknown[]; ids: string[] }> {
  const pages: unknown[] = [];
  const ids: string[] = [];
  let query = `?limit=${limit}`;
  for (let guard = 0; guard < 100; guard++) {
    const response = await get(consultation.slug, query);
    expect(response.status).toBe(200);
    const page = await response.json();
    pages.push(page);
    ids.push(...page.comments.map((c: { id: string }) => c.id));
    if (!page.nextCursor) return { pages, ids };
    expect(page.next).toBe(`${ORIGIN}/api/open-data/consultations/${consultation.slug}/comments?limit=${limit}&cursor=${page.nextCursor}`);
    query = `?limit=${limit}&cursor=${page.nextCursor}`;
  }
  throw new Error("the pages never ended");
}

describe("GET /api/open-data/consultations/<slug>/comments", () => {
  it("covers every published comment exactly once, page by page", async () => {
    const all = await get(consultation.slug, "?limit=500");
    const expected = (await all.json()).comments.map((c: { id: string }) => c.id);
    expect(expected).toHaveLength(published.length + 1);
    for (const limit of [1, 7, 100]) {
      const { ids } = await everyPage(limit);
      expect(ids).toEqual(expected);
      expect(new Set(ids).size).toBe(ids.length);
    }
    for (const comment of published) expect(expected).toContain(comment.id);
    for (const comment of unpublished) expect(expected).not.toContain(comment.id);
  });

  it("never carries an email address, nor a name or organization the author does not publish", async () => {
    const { pages } = await everyPage(20);
    const text = JSON.stringify(pages);
    expect(text).not.toContain("@example.org");
    expect(text).not.toMatch(/email/i);
    for (const hidden of ["Secret Name", "Secret Org", "Unshown Name", "passwordHash", "password_hash", "flag"]) expect(text).not.toContain(hidden);
    for (const shown of ["Public Name", "Public Org", "Blue Heron", "Shown Org"]) expect(text).toContain(shown);
  });

  it("documents each comment's shape", async () => {
    const page = await (await get(consultation.slug, "?limit=500")).json();
    expect(page).toMatchObject({ schema: "consultation-hub/open-data/v1", consultation: { slug: consultation.slug, status: "open" } });
    const first = page.comments.find((c: { id: string }) => c.id === published[1].id);
    expect(first).toEqual({
      id: published[1].id,
      permalink: `${ORIGIN}/en/consultations/${consultation.slug}/objectives/2?at=${published[1].id}#comment-${published[1].id}`,
      objective: { number: 2, title: "Title of objective 2" },
      parentId: null,
      rootId: published[1].id,
      depth: 0,
      author: { name: null, pseudonym: "Blue Heron", organization: null, stakeholderGroup: "civil_society", country: "KE", region: "africa", verified: false },
      official: false,
      language: "en",
      stance: "supports",
      tags: [],
      body: "Published 1",
      createdAt: "2026-03-02T00:00:01.000Z",
      editedAt: null,
      endorsements: { total: 0, byGroup: {} },
    });
  });

  it("may be read from any site", async () => {
    const response = await get(consultation.slug);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const preflight = OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
  });

  it("answers 404 for a draft or unknown consultation", async () => {
    expect((await get(draft.slug)).status).toBe(404);
    expect((await get("no-such-consultation")).status).toBe(404);
  });

  for (const [query, field, code] of [
    ["?limit=0", "limit", "openDataLimitInvalid"],
    ["?limit=501", "limit", "openDataLimitInvalid"],
    ["?limit=ten", "limit", "openDataLimitInvalid"],
    ["?limit=1.5", "limit", "openDataLimitInvalid"],
    ["?cursor=bm90LWEtY3Vyc29y", "cursor", "openDataCursorInvalid"],
    ["?cursor=%%%", "cursor", "openDataCursorInvalid"],
  ]) {
    it(`answers 400 to ${query}`, async () => {
      const response = await get(consultation.slug, query);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: code, field, message: expect.any(String) });
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
    });
  }
});
