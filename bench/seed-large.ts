import { sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { COUNTRY_CODES } from "../lib/geo/countries";
import { FLAG_REASONS, STANCES, type StakeholderGroup } from "../lib/domain-values";

/**
 * A large, realistic GCM consultation for the benchmark, written with set-based SQL (generate_series,
 * INSERT ... SELECT) rather than row by row through the app. Every "random" choice is a hash of the
 * row's number and the seed, so the same seed gives the same data on PostgreSQL and on PGlite.
 */

export interface LargeSeedOptions {
  comments: number;
  participants: number;
  endorsements: number;
  flags: number;
  seed: number;
}

/** Objectives whose size figure 3 compares; the others share what is left. */
export const SIZED_OBJECTIVES = { small: 23, medium: 3, large: 2 } as const;
const SHARES = { [SIZED_OBJECTIVES.large]: 0.4, [SIZED_OBJECTIVES.medium]: 0.04, [SIZED_OBJECTIVES.small]: 0.0004 };
/** Of an objective's comments: top level, then replies at depth 1, 2 and 3. */
const DEPTH_SHARES = [0.5, 0.28, 0.15, 0.07];

/** Roughly how the GCM's stakeholders take part: many NGOs, fewer parliaments and media. */
const GROUP_WEIGHTS: Record<StakeholderGroup, number> = {
  member_state: 8,
  un_system: 5,
  civil_society: 25,
  migrant_organization: 12,
  diaspora: 10,
  local_authority: 6,
  parliament: 2,
  nhri: 2,
  trade_union: 4,
  private_sector: 4,
  academia: 10,
  media: 2,
  individual: 10,
};
const LOCALE_WEIGHTS = { en: 55, fr: 15, es: 15, ar: 7, ru: 4, zh: 4 };

const FRAGMENTS: Record<keyof typeof LOCALE_WEIGHTS, string[]> = {
  en: [
    "Regular pathways must be expanded so that people do not have to risk their lives on irregular routes.",
    "Our organization supports this objective and calls for concrete indicators to measure progress.",
    "Local authorities are on the front line of integration and should be consulted systematically.",
    "Data collection must respect privacy and never be used for immigration enforcement against migrants.",
    "We propose that bilateral labour agreements include the portability of social security benefits.",
    "Recruitment fees paid by workers remain common in several corridors and must be abolished.",
    "Children should never be detained because of their migration status or that of their parents.",
    "Remittance costs are still far above the three per cent target set by the Sustainable Development Goals.",
    "The review forum should hear migrants themselves, not only governments and agencies.",
    "Climate-related displacement deserves a dedicated section with measurable commitments.",
    "Access to basic services regardless of status is a public health measure as much as a human rights one.",
    "How will the implementation of this objective be funded in countries of transit?",
  ],
  fr: [
    "Les voies de migration régulière doivent être élargies et simplifiées.",
    "Nous demandons des indicateurs précis pour suivre la mise en œuvre de cet objectif.",
    "Les frais de recrutement payés par les travailleurs restent la règle dans plusieurs corridors.",
    "Les collectivités locales devraient être associées à chaque étape de l'examen.",
    "La détention des enfants migrants doit cesser sans exception.",
  ],
  es: [
    "Las vías de migración regular deben ampliarse para reducir los riesgos de las rutas irregulares.",
    "Apoyamos este objetivo y pedimos indicadores medibles para evaluar los avances.",
    "El costo de las remesas sigue siendo demasiado alto en muchos corredores.",
    "Las autoridades locales deben participar en el diseño de las políticas de integración.",
    "Es necesario garantizar el acceso a los servicios básicos sin importar la condición migratoria.",
  ],
  ar: [
    "يجب توسيع مسارات الهجرة النظامية حتى لا يضطر الناس إلى المخاطرة بحياتهم.",
    "ندعم هذا الهدف ونطالب بمؤشرات واضحة لقياس التقدم المحرز.",
    "ينبغي ألا يُحتجز الأطفال أبداً بسبب وضعهم من حيث الهجرة.",
    "تكاليف التحويلات المالية لا تزال مرتفعة للغاية.",
  ],
  ru: [
    "Необходимо расширить возможности для регулярной миграции.",
    "Мы поддерживаем эту цель и предлагаем измеримые показатели прогресса.",
    "Стоимость денежных переводов по-прежнему слишком высока.",
  ],
  zh: [
    "应扩大正常移民渠道,减少非正常路线的风险。",
    "我们支持这一目标,并呼吁制定可衡量的指标。",
    "汇款成本仍然过高,需要进一步降低。",
  ],
};

const FIRST_NAMES = ["Amina", "Carlos", "Mei", "Olga", "Kwame", "Fatima", "Lucas", "Priya", "Youssef", "Sofia", "Tenzin", "Nadia", "Mateo", "Aisha", "Ivan", "Leila", "Samuel", "Hana", "Diego", "Zainab"];
const LAST_NAMES = ["Okafor", "Haddad", "Nguyen", "Petrova", "Mensah", "Rahman", "Silva", "Sharma", "Benali", "Rossi", "Dorje", "Karimi", "Lopez", "Bello", "Sokolov", "Mansour", "Kimani", "Sato", "Herrera", "Diallo"];
const ORGANIZATIONS = ["Migrant Rights Network", "Diaspora Council", "City Integration Office", "Workers' Union", "Institute for Migration Studies", "Permanent Mission", "Refugee Legal Aid", "Chamber of Commerce", "Human Rights Commission", "Community Radio"];

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function textArray(values: readonly string[]): string {
  return `ARRAY[${values.map(literal).join(",")}]::text[]`;
}

/** Expands weights into an array where each value appears as often as its weight. */
function weighted(weights: Record<string, number>): string[] {
  return Object.entries(weights).flatMap(([value, weight]) => Array<string>(weight).fill(value));
}

/** A number in [0, 1) from a row number and a salt: deterministic, evenly spread. */
const rand = (i: string, salt: number) => `bench_random((${i})::bigint, ${salt})`;
/** One of an array literal's elements, picked by rand. */
const pick = (array: string, i: string, salt: number) => `(${array})[1 + floor(${rand(i, salt)} * cardinality(${array}))::int]`;

interface ObjectivePlan {
  number: number;
  /** Comments per depth, and the global number of the first one at each depth. */
  counts: number[];
  offsets: number[];
}

/** How many comments each objective gets, split by depth, with global row numbers. */
export function planComments(total: number, objectiveNumbers: number[]): ObjectivePlan[] {
  const sized = Object.entries(SHARES).map(([n, share]) => [Number(n), Math.max(1, Math.round(total * share))] as const);
  const rest = total - sized.reduce((sum, [, n]) => sum + n, 0);
  const others = objectiveNumbers.filter((n) => !(n in SHARES));
  const perObjective = (i: number) => Math.floor(rest / others.length) + (i < rest % others.length ? 1 : 0);
  const sizes = new Map<number, number>([...sized, ...others.map((n, i) => [n, perObjective(i)] as const)]);
  let next = 1;
  return objectiveNumbers.map((number) => {
    const size = sizes.get(number)!;
    const counts = DEPTH_SHARES.map((share) => Math.floor(size * share));
    counts[0] += size - counts.reduce((a, b) => a + b, 0);
    const offsets = counts.map((count) => {
      const start = next;
      next += count;
      return start;
    });
    return { number, counts, offsets };
  });
}

export async function seedLargeConsultation(db: Database, consultationSlug: string, passwordHash: string, options: LargeSeedOptions): Promise<Map<number, number>> {
  const run = async (query: string) => {
    const started = performance.now();
    const result = await db.execute(sql.raw(query));
    if (process.env.BENCH_VERBOSE) console.log(`  ${((performance.now() - started) / 1000).toFixed(1)} s  ${query.replace(/\s+/g, " ").slice(0, 70)}`);
    return result;
  };
  const seed = Math.trunc(options.seed) % 1_000_000;
  await run(`CREATE OR REPLACE FUNCTION bench_random(i bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE AS
    $$ SELECT (hashint8(i * 1000003 + salt * 7919 + ${seed})::bigint & 2147483647)::float8 / 2147483648 $$`);

  const consultation = `(SELECT id FROM consultations WHERE slug = ${literal(consultationSlug)})`;
  const objectiveRows = (await db.execute(sql.raw(`SELECT number FROM objectives WHERE consultation_id = ${consultation} ORDER BY number`))) as unknown as
    | { number: number }[]
    | { rows: { number: number }[] };
  const numbers = (Array.isArray(objectiveRows) ? objectiveRows : objectiveRows.rows).map((r) => Number(r.number));
  const plan = planComments(options.comments, numbers);

  // Participants: 13 groups, every country, a few pseudonyms, most delegations verified.
  const groups = textArray(weighted(GROUP_WEIGHTS));
  await run(`INSERT INTO users (id, email, password_hash, name, organization, stakeholder_group, country, locale,
      affiliation_status, publication_preference, pseudonym, created_at)
    SELECT md5('user' || i)::uuid, 'participant-' || i || '@bench.example.org', ${literal(passwordHash)},
      ${pick(textArray(FIRST_NAMES), "i", 1)} || ' ' || ${pick(textArray(LAST_NAMES), "i", 2)},
      ${pick(textArray(ORGANIZATIONS), "i", 3)}, g::stakeholder_group,
      ${pick(textArray(COUNTRY_CODES), "i", 4)}, ${pick(textArray(["en", "fr", "ar"]), "i", 5)},
      (CASE WHEN g = 'member_state' AND ${rand("i", 6)} < 0.7 THEN 'verified' ELSE 'none' END)::affiliation_status,
      (CASE WHEN ${rand("i", 7)} < 0.8 THEN 'name_and_organization' WHEN ${rand("i", 7)} < 0.9 THEN 'organization_only'
        ELSE 'pseudonym' END)::publication_preference,
      'Participant B' || lpad(i::text, 5, '0'), now() - interval '120 days'
    FROM (SELECT i, ${pick(groups, "i", 8)} AS g FROM generate_series(1, ${options.participants}) i) p`);

  const languages = textArray(weighted(LOCALE_WEIGHTS));
  await run(`CREATE TEMP TABLE bench_fragments (lang text PRIMARY KEY, texts text[])`);
  await run(`INSERT INTO bench_fragments VALUES ${Object.entries(FRAGMENTS)
    .map(([lang, texts]) => `(${literal(lang)}, ${textArray(texts)})`)
    .join(", ")}`);
  // Participants with a low number write more, as a few very active ones do.
  const author = (i: string) => `md5('user' || (1 + floor(power(${rand(i, 10)}, 2) * ${options.participants}))::int)::uuid`;
  const body = `(SELECT string_agg(f.texts[1 + floor(bench_random(x.g * 8 + s, 11) * cardinality(f.texts))::int], ' ')
      FROM generate_series(1, 1 + floor(bench_random(x.g, 12) * 5)::int) s)
    || CASE WHEN bench_random(x.g, 13) < 0.15 THEN E'\\n\\n- ' || f.texts[1] || E'\\n- **' || f.texts[2] || '**' ELSE '' END`;
  const columns = `id, consultation_id, objective_id, parent_id, root_id, depth, author_id, body, locale, stance, status, official, created_at`;
  const values = (parentId: string, rootId: string, depth: number, createdAt: string) => `md5('comment' || x.g)::uuid, o.consultation_id, o.id,
      ${parentId}, ${rootId}, ${depth}, u.id, ${body}, x.loc, ${pick(textArray(STANCES), "x.g", 14)}::stance, 'published',
      u.stakeholder_group = 'member_state' AND u.affiliation_status = 'verified', ${createdAt}`;
  const rows = (depth: number) =>
    plan
      .filter((p) => p.counts[depth] > 0)
      .map((p) => `(${p.number}, ${p.offsets[depth]}, ${p.offsets[depth] + p.counts[depth] - 1})`)
      .join(", ");
  const numbered = (depth: number) => `(SELECT o.id AS objective_id, g, ${pick(languages, "g", 15)} AS loc
      FROM (VALUES ${rows(depth)}) plan(number, first, last)
      JOIN objectives o ON o.consultation_id = ${consultation} AND o.number = plan.number
      CROSS JOIN LATERAL generate_series(plan.first, plan.last) g)`;

  // Top-level comments over the last 90 days.
  await run(`INSERT INTO comments (${columns})
    SELECT ${values("NULL", "md5('comment' || x.g)::uuid", 0, "now() - bench_random(x.g, 16) * interval '90 days'")}
    FROM ${numbered(0)} x
    JOIN objectives o ON o.id = x.objective_id
    JOIN bench_fragments f ON f.lang = x.loc
    JOIN users u ON u.id = ${author("x.g")}`);
  // Each reply answers a random comment one level up in the same objective, a little later.
  for (let depth = 1; depth <= 3; depth++) {
    if (!rows(depth)) continue;
    // Numbered per objective in an indexed table, so each reply finds its parent by a lookup.
    await run(`CREATE TEMP TABLE bench_parents AS
      SELECT id, root_id, objective_id, created_at,
        row_number() OVER (PARTITION BY objective_id ORDER BY id)::int AS rn,
        count(*) OVER (PARTITION BY objective_id)::int AS siblings
      FROM comments WHERE consultation_id = ${consultation} AND depth = ${depth - 1}`);
    await run(`CREATE UNIQUE INDEX ON bench_parents (objective_id, rn)`);
    await run(`ANALYZE bench_parents`);
    await run(`INSERT INTO comments (${columns})
      SELECT ${values("p.id", "p.root_id", depth, "least(now(), p.created_at + bench_random(x.g, 18) * interval '3 days')")}
      FROM ${numbered(depth)} x
      JOIN objectives o ON o.id = x.objective_id
      JOIN LATERAL (SELECT siblings FROM bench_parents s WHERE s.objective_id = x.objective_id LIMIT 1) n ON true
      JOIN bench_parents p ON p.objective_id = x.objective_id AND p.rn = 1 + floor(bench_random(x.g, 17) * n.siblings)::int
      JOIN bench_fragments f ON f.lang = x.loc
      JOIN users u ON u.id = ${author("x.g")}`);
    await run(`DROP TABLE bench_parents`);
  }
  await run(`DROP TABLE bench_fragments`);

  // A guiding principle on about a third of the comments.
  await run(`INSERT INTO comment_tags (comment_id, tag_id)
    SELECT c.id, t.id FROM comments c
    JOIN tags t ON t.consultation_id = c.consultation_id AND t.kind = 'principle'
      AND t.position = 1 + floor(bench_random(hashtext(c.id::text), 20) * 10)::int
    WHERE c.consultation_id = ${consultation} AND bench_random(hashtext(c.id::text), 21) < 0.33
    ON CONFLICT DO NOTHING`);

  // Endorsements: a few comments draw many, spread over all objectives; nobody endorses their own.
  await run(`INSERT INTO endorsements (comment_id, user_id, stakeholder_group, created_at)
    SELECT comment_id, user_id, stakeholder_group, created_at FROM (
      SELECT DISTINCT ON (c.id, u.id) c.id AS comment_id, u.id AS user_id, u.stakeholder_group,
        c.created_at + interval '1 hour' AS created_at, k
      FROM generate_series(1, ${Math.ceil(options.endorsements * 1.3)}) k
      JOIN comments c ON c.id = md5('comment' || (1 + (floor(power(bench_random(k, 30), 2) * ${options.comments}))::bigint * 7919 % ${options.comments}))::uuid
      JOIN users u ON u.id = md5('user' || (1 + floor(bench_random(k, 31) * ${options.participants}))::int)::uuid
      WHERE u.id <> c.author_id
      ORDER BY c.id, u.id, k) d
    ORDER BY k
    LIMIT ${options.endorsements}`);

  // Flags on distinct comments, one each (below the auto-hide threshold), unresolved.
  await run(`INSERT INTO flags (comment_id, user_id, reason, note, created_at)
    SELECT c.id, u.id, ${pick(textArray(FLAG_REASONS), "c.n", 40)}::flag_reason,
      CASE WHEN ${rand("c.n", 41)} < 0.3 THEN 'Please review this comment.' ELSE '' END, c.created_at + interval '2 hours'
    FROM (SELECT id, author_id, created_at, row_number() OVER (ORDER BY md5(id::text || '${seed}')) AS n
          FROM comments WHERE consultation_id = ${consultation}) c
    JOIN users u ON u.id = md5('user' || (1 + floor(bench_random(c.n, 42) * ${options.participants}))::int)::uuid
    WHERE c.n <= ${options.flags} AND u.id <> c.author_id`);
  // On the odd collision with the author, another participant flags it.
  await run(`INSERT INTO flags (comment_id, user_id, reason, created_at)
    SELECT c.id, md5('user' || (1 + c.n % ${options.participants}))::uuid, 'spam', c.created_at + interval '2 hours'
    FROM (SELECT id, author_id, created_at, row_number() OVER (ORDER BY md5(id::text || '${seed}')) AS n
          FROM comments WHERE consultation_id = ${consultation}) c
    WHERE c.n <= ${options.flags} AND NOT EXISTS (SELECT 1 FROM flags f WHERE f.comment_id = c.id)
      AND md5('user' || (1 + c.n % ${options.participants}))::uuid <> c.author_id`);

  // Counters agree with the rows, as the app keeps them.
  await run(`UPDATE comments c SET reply_count = r.n FROM (
      SELECT parent_id, count(*)::int AS n FROM comments
      WHERE consultation_id = ${consultation} AND parent_id IS NOT NULL AND status = 'published' GROUP BY parent_id) r
    WHERE c.id = r.parent_id`);
  await run(`UPDATE comments c SET endorsement_count = e.n, endorsements_by_group = e.groups FROM (
      SELECT comment_id, sum(n)::int AS n, jsonb_object_agg(stakeholder_group, n) AS groups
      FROM (SELECT comment_id, stakeholder_group, count(*)::int AS n FROM endorsements GROUP BY 1, 2) g GROUP BY 1) e
    WHERE c.id = e.comment_id`);
  await run(`UPDATE comments c SET flag_count = f.n FROM (
      SELECT comment_id, count(*)::int AS n FROM flags WHERE resolved_at IS NULL GROUP BY 1) f
    WHERE c.id = f.comment_id`);
  await run(`DROP FUNCTION bench_random(bigint, int)`);
  // As autovacuum would have by now: the counter updates left dead row versions behind.
  await run(`VACUUM ANALYZE`);

  return new Map(plan.map((p) => [p.number, p.counts.reduce((a, b) => a + b, 0)]));
}
