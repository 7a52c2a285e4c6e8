import { sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/consultations/[slug]/export/route";
import { getDb } from "@/db/client";
import type { Consultation } from "@/db/schema";
import { appoint, createConsultation, createPrinciples, createUser, sessionCookie } from "@/test/factories";

/**
 * The 100,000-comment measurement behind the README's figures: time to first byte, total time and
 * peak RSS growth of a CSV, an XLSX and a JSON export through the route handler. Slow, so it runs
 * only when asked:
 *   EXPORT_BENCHMARK=100000 TEST_DATABASE_URL=postgres://… npx vitest run test/routes/export-benchmark.test.ts
 */

const SIZE = Number(process.env.EXPORT_BENCHMARK ?? 0);
let consultation: Consultation;
let cookie: string;

describe.skipIf(!SIZE)(`exporting ${SIZE} comments`, () => {
  beforeAll(async () => {
    const created = await createConsultation({}, 23);
    consultation = created.consultation;
    await createPrinciples(consultation, ["people-centred", "international-cooperation", "national-sovereignty"]);
    const groups = ["civil_society", "diaspora", "member_state", "academia"] as const;
    const preferences = ["name_and_organization", "organization_only", "pseudonym"] as const;
    for (let i = 0; i < 60; i++) {
      await createUser({ stakeholderGroup: groups[i % 4], publicationPreference: preferences[i % 3], organization: `Organization ${i}` });
    }
    const db = getDb();
    // Set-based: a handful of statements, whatever SIZE is.
    await db.execute(sql`
      WITH authors AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM users WHERE organization LIKE 'Organization %'),
      objs AS (SELECT id, number FROM objectives WHERE consultation_id = ${consultation.id}),
      fresh AS (SELECT gen_random_uuid() AS id, g FROM generate_series(1, ${SIZE}) AS g)
      INSERT INTO comments (id, root_id, consultation_id, objective_id, author_id, body, locale, stance, status,
        endorsement_count, endorsements_by_group, flag_count, created_at)
      SELECT f.id, f.id, ${consultation.id}, o.id, a.id,
        'Comment ' || f.g || ': ' || repeat('portable social protection across borders, ', 1 + f.g % 12),
        (ARRAY['en','fr','es','ar','zh','ru'])[1 + f.g % 6], (ARRAY['supports','concerns','proposes_change','question'])[1 + f.g % 4]::stance,
        (CASE WHEN f.g % 50 = 0 THEN 'hidden' WHEN f.g % 97 = 0 THEN 'pending' ELSE 'published' END)::comment_status,
        f.g % 5, jsonb_build_object('civil_society', f.g % 3, 'member_state', f.g % 2), f.g % 7 / 6,
        timestamptz '2026-01-01' + make_interval(secs => f.g * 17)
      FROM fresh f JOIN objs o ON o.number = 1 + f.g % 23 JOIN authors a ON a.n = f.g % 60`);
    await db.execute(sql`
      INSERT INTO comment_tags (comment_id, tag_id)
      SELECT c.id, t.id FROM comments c JOIN tags t ON t.consultation_id = c.consultation_id
      WHERE c.consultation_id = ${consultation.id} AND abs(hashtext(c.id::text || t.key)) % 3 = 0`);
    await db.execute(sql`
      INSERT INTO moderation_decisions (consultation_id, comment_id, action, reason_code, reason_text)
      SELECT consultation_id, id, 'hide', 'flagged', 'Hidden after flags' FROM comments
      WHERE consultation_id = ${consultation.id} AND status = 'hidden'`);
    await db.execute(sql`ANALYZE`);
    const secretariat = await createUser();
    await appoint(secretariat, consultation, "secretariat");
    cookie = await sessionCookie(secretariat);
  }, 600_000);

  for (const format of ["csv", "xlsx", "json"]) {
    it(`streams ${format}`, async () => {
      global.gc?.();
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
      const started = performance.now();
      const request = new NextRequest(`http://localhost:3000/api/consultations/${consultation.slug}/export?format=${format}&status=all`, {
        headers: { host: "localhost:3000", "x-forwarded-proto": "http", cookie },
      });
      const response = await GET(request, { params: Promise.resolve({ slug: consultation.slug }) });
      expect(response.status).toBe(200);
      const reader = response.body!.getReader();
      let firstByte = 0;
      let bytes = 0;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        if (!firstByte) firstByte = performance.now() - started;
        bytes += value.byteLength;
        peak = Math.max(peak, process.memoryUsage().rss);
      }
      const total = performance.now() - started;
      clearInterval(sampler);
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      console.log(
        `${format}: ${SIZE} comments, ${mb(bytes)} MB, first byte ${firstByte.toFixed(0)} ms, total ${(total / 1000).toFixed(1)} s, ` +
          `peak RSS growth ${mb(peak - baseline)} MB (baseline ${mb(baseline)} MB)`,
      );
    }, 600_000);
  }
});
