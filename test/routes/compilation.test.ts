import { eq } from "drizzle-orm";
import JSZip from "jszip";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/consultations/[slug]/compilation/route";
import { getDb } from "@/db/client";
import { comments, type Consultation, type Objective, type User } from "@/db/schema";
import { ANONYMOUS, type Actor } from "@/lib/auth/actor";
import { saveSynthesis, setHighlight } from "@/lib/synthesis/mutations";
import { actorFor, appoint, createComment, createConsultation, createUser, suspend } from "@/test/factories";

/**
 * The compilation's DOCX route called as a script would, by every kind of actor; the document it
 * returns is unzipped and read back. Only the session lookup is stood in for.
 */

const request = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => request.actor }));

const BASE = "http://localhost:3000";

let consultation: Consultation;
let objectives: Objective[];
let secretariat: User;

function get(query: string, slug = consultation.slug): Promise<Response> {
  return GET(new Request(`${BASE}/api/consultations/${slug}/compilation?${query}`), { params: Promise.resolve({ slug }) });
}

/** The document's paragraphs as plain text, one per line, and its raw XML. */
async function readDocx(response: Response): Promise<{ text: string; xml: string }> {
  const zip = await JSZip.loadAsync(await response.arrayBuffer());
  const xml = await zip.file("word/document.xml")!.async("string");
  const text = xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
  return { text, xml };
}

beforeAll(async () => {
  ({ consultation, objectives } = await createConsultation({ opensAt: new Date("2026-03-01T00:00:00Z"), closesAt: new Date("2026-04-30T00:00:00Z") }, 2));
  secretariat = await createUser({ name: "Tomás Ibarra" });
  await appoint(secretariat, consultation, "secretariat");
  const [o1] = objectives;
  const delegate = await createUser({ stakeholderGroup: "member_state", country: "FR", organization: "Ministry of the Interior" });
  const ngo = await createUser({ stakeholderGroup: "civil_society", country: "KE", organization: "Migrant Rights Network" });
  const shy = await createUser({
    stakeholderGroup: "diaspora",
    country: "PH",
    organization: "Secret Diaspora Org",
    name: "Hidden Name",
    publicationPreference: "pseudonym",
    pseudonym: "Quiet Voice",
  });
  await createComment(o1, delegate, { official: true, body: "France supports *portable* pensions." });
  const quoted = await createComment(o1, ngo, { stance: "concerns", body: "Recruitment fees must be **banned**.\n\n- for all workers\n- in every corridor" });
  const pseudonymous = await createComment(o1, shy, { stance: "question", body: "Will seasonal workers be covered?" });
  const laterHidden = await createComment(o1, ngo, { body: "This one was hidden after being chosen." });
  await createComment(o1, ngo, { status: "hidden", body: "Never published text" });

  const actor = await actorFor(secretariat);
  await saveSynthesis(actor, { objectiveId: o1.id, body: "Participants broadly **support** portability.", baseVersion: "" });
  for (const comment of [quoted, pseudonymous, laterHidden]) {
    await setHighlight(actor, { objectiveId: o1.id, commentId: comment.id, highlight: true });
  }
  await getDb().update(comments).set({ status: "hidden" }).where(eq(comments.id, laterHidden.id));
});

describe("GET /api/consultations/[slug]/compilation: who may download", () => {
  const cases: [string, () => Promise<Actor>, number][] = [
    ["anonymous (a replayed URL without a session)", async () => ANONYMOUS, 401],
    ["participant", async () => actorFor(await createUser()), 403],
    [
      "moderator here",
      async () => {
        const user = await createUser();
        await appoint(user, consultation, "moderator");
        return actorFor(user);
      },
    403],
    [
      "secretariat of another consultation",
      async () => {
        const user = await createUser();
        await appoint(user, (await createConsultation()).consultation, "secretariat");
        return actorFor(user);
      },
      403,
    ],
    [
      "suspended secretariat member",
      async () => {
        const user = await createUser();
        await appoint(user, consultation, "secretariat");
        await suspend(user, consultation);
        return actorFor(user);
      },
      403,
    ],
    ["secretariat here", async () => actorFor(secretariat), 200],
    ["platform admin", async () => actorFor(await createUser({ platformRole: "admin" })), 200],
  ];
  for (const [name, actor, status] of cases) {
    it(`${name}: ${status}`, async () => {
      request.actor = await actor();
      const response = await get("format=docx&locale=en");
      expect(response.status).toBe(status);
      expect(response.headers.get("cache-control")).toBe("no-store");
      if (status === 200) {
        expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        expect(response.headers.get("content-disposition")).toBe(`attachment; filename="compilation-${consultation.slug}-en.docx"`);
      } else {
        expect(await response.json()).toEqual({ error: status === 401 ? "forbidden.signInRequired" : expect.stringMatching(/^forbidden\./) });
      }
    });
  }

  it("answers 400 to an unknown format or language and 404 to an unknown consultation", async () => {
    request.actor = await actorFor(secretariat);
    expect((await get("format=pdf")).status).toBe(400);
    expect((await get("format=docx&locale=de")).status).toBe(400);
    expect((await get("format=docx", "no-such-consultation")).status).toBe(404);
  });
});

describe("the DOCX compilation", () => {
  it("has the cover, the method, and per objective the counts, the synthesis, the quotes and the official positions apart", async () => {
    request.actor = await actorFor(secretariat);
    const { text } = await readDocx(await get("format=docx&locale=en"));
    const lines = text.split("\n");
    const at = (line: string) => {
      const index = lines.indexOf(line);
      expect(index, `"${line}" should be a paragraph of the document`).toBeGreaterThanOrEqual(0);
      return index;
    };
    expect(at("Compilation of stakeholder input")).toBe(0);
    expect(text).toContain("Consultation open from March 1, 2026 to April 30, 2026");
    const method = at("Method");
    const objective1 = at("Objective 1: Title of objective 1");
    const counts = lines.indexOf("Comments by stakeholder group and position", objective1);
    const synthesis = lines.indexOf("Synthesis of the secretariat", objective1);
    const quotes = lines.indexOf("Selected quotes", objective1);
    const official = lines.indexOf("Official positions of Member States", objective1);
    const objective2 = at("Objective 2: Title of objective 2");
    expect([method, objective1, counts, synthesis, quotes, official, objective2]).toEqual(
      [method, objective1, counts, synthesis, quotes, official, objective2].sort((a, b) => a - b),
    );

    const between = (from: number, to: number) => lines.slice(from, to).join("\n");
    expect(between(synthesis, quotes)).toContain("Participants broadly support portability.");
    const quoted = between(quotes, official);
    expect(quoted).toContain("Recruitment fees must be banned.\nfor all workers\nin every corridor");
    expect(quoted).toContain("— Civil society organization · Migrant Rights Network · Kenya");
    expect(quoted).toContain("Will seasonal workers be covered?\n— Diaspora organization · Quiet Voice · Philippines");
    expect(quoted.indexOf("Recruitment fees")).toBeLessThan(quoted.indexOf("seasonal workers"));
    expect(quoted).not.toContain("France supports");
    expect(between(official, objective2)).toContain("France\nFrance supports portable pensions.\n— Member State · Ministry of the Interior · France");
    expect(between(objective2, lines.length)).toContain("No comment was published on this objective.");

    // What the public cannot read is never in the document, nor what a pseudonym hides.
    for (const secret of ["Never published text", "hidden after being chosen", "Secret Diaspora Org", "Hidden Name"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain("Annex: all published comments");
  });

  it("in Arabic: translated headings, right-to-left paragraphs and tables, comments as written", async () => {
    request.actor = await actorFor(secretariat);
    const response = await get("format=docx&locale=ar");
    expect(response.headers.get("content-disposition")).toContain("-ar.docx");
    const { text, xml } = await readDocx(response);
    expect(text.split("\n")[0]).toBe("تجميع مساهمات أصحاب المصلحة");
    expect(text).toContain("خلاصة الأمانة");
    expect(text).toContain("Recruitment fees must be banned.");
    expect(xml).toContain("<w:bidi/>");
    expect(xml).toContain("<w:bidiVisual/>");
    expect(xml).toContain("<w:rtl/>");
  });

  it("with the annex: every published comment, and still nothing else", async () => {
    request.actor = await actorFor(secretariat);
    const { text } = await readDocx(await get("format=docx&locale=fr&annex=1"));
    const annex = text.slice(text.indexOf("Annexe : tous les commentaires publiés"));
    expect(annex).toContain("Objectif 1 : Title of objective 1");
    for (const body of ["France supports portable pensions.", "Recruitment fees must be banned.", "Will seasonal workers be covered?"]) {
      expect(annex).toContain(body);
    }
    expect(annex).not.toContain("Never published text");
    expect(annex).not.toContain("hidden after being chosen");
  });
});
