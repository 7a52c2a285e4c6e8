import { and, eq, inArray } from "drizzle-orm";
import type { Transaction } from "../client";
import { comments, endorsements, objectives, users } from "../schema";
import { threadPlacement, type ThreadPlace } from "../../lib/comments/thread-placement";
import type { Stance } from "../../lib/domain-values";

/** A short, realistic exchange so a new install shows what a thread looks like. Demo accounts only. */
interface DemoComment {
  key: string;
  objective: number;
  author: string;
  parent?: string;
  stance: Stance;
  locale: string;
  body: string;
  endorsedBy?: string[];
}

const DISCUSSION: DemoComment[] = [
  {
    key: "demo-5-1",
    objective: 5,
    author: "civil-society@example.org",
    stance: "proposes_change",
    locale: "en",
    body: "Regular pathways should include **portable social protection**: workers who move under labour mobility schemes lose years of contributions.\n\n- recognise contributions across borders\n- let workers change employer without losing status",
    endorsedBy: ["diaspora@example.org", "delegate@example.org"],
  },
  {
    key: "demo-5-2",
    objective: 5,
    author: "delegate@example.org",
    parent: "demo-5-1",
    stance: "supports",
    locale: "en",
    body: "Our delegation supports bilateral agreements on the portability of pensions, and would welcome examples of agreements that work in practice.",
  },
  {
    key: "demo-5-3",
    objective: 5,
    author: "diaspora@example.org",
    parent: "demo-5-2",
    stance: "question",
    locale: "en",
    body: "Would these agreements also cover seasonal and domestic workers, who are often left out?",
  },
  {
    key: "demo-6-1",
    objective: 6,
    author: "diaspora@example.org",
    stance: "concerns",
    locale: "fr",
    body: "Les frais de recrutement payés par les travailleurs restent la règle dans plusieurs corridors. Il faut appliquer le principe *employeur payeur*.",
    endorsedBy: ["civil-society@example.org"],
  },
  {
    key: "demo-15-1",
    objective: 15,
    author: "pending-delegate@example.org",
    stance: "supports",
    locale: "en",
    body: "Access to basic services regardless of status is a public health measure as much as a human rights one.",
  },
];

export async function seedDemoDiscussion(tx: Transaction, consultationId: string): Promise<void> {
  const emails = [...new Set(DISCUSSION.flatMap((c) => [c.author, ...(c.endorsedBy ?? [])]))];
  const people = await tx
    .select({ id: users.id, email: users.email, group: users.stakeholderGroup, status: users.affiliationStatus })
    .from(users)
    .where(inArray(users.email, emails));
  const objectiveRows = await tx
    .select({ id: objectives.id, number: objectives.number })
    .from(objectives)
    .where(eq(objectives.consultationId, consultationId));
  const person = (email: string) => people.find((p) => p.email === email)!;
  const ids = new Map<string, ThreadPlace>();

  for (const demo of DISCUSSION) {
    const author = person(demo.author);
    const [existing] = await tx
      .select({ id: comments.id, rootId: comments.rootId, depth: comments.depth })
      .from(comments)
      .where(and(eq(comments.authorId, author.id), eq(comments.idempotencyKey, demo.key)));
    if (existing) {
      ids.set(demo.key, existing);
      continue;
    }
    const parent = demo.parent ? ids.get(demo.parent) : undefined;
    const id = crypto.randomUUID();
    const placement = threadPlacement(id, parent);
    const endorsers = (demo.endorsedBy ?? []).map(person);
    const byGroup: Record<string, number> = {};
    for (const e of endorsers) byGroup[e.group] = (byGroup[e.group] ?? 0) + 1;
    await tx.insert(comments).values({
      id,
      consultationId,
      objectiveId: objectiveRows.find((o) => o.number === demo.objective)!.id,
      ...placement,
      authorId: author.id,
      body: demo.body,
      locale: demo.locale,
      stance: demo.stance,
      status: "published",
      official: author.group === "member_state" && author.status === "verified",
      idempotencyKey: demo.key,
      endorsementCount: endorsers.length,
      endorsementsByGroup: byGroup,
      replyCount: DISCUSSION.filter((c) => c.parent === demo.key).length,
    });
    if (endorsers.length > 0) {
      await tx.insert(endorsements).values(endorsers.map((e) => ({ commentId: id, userId: e.id, stakeholderGroup: e.group })));
    }
    ids.set(demo.key, { id, rootId: placement.rootId, depth: placement.depth });
  }
}
