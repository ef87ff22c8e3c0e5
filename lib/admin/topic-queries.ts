// Reads for the admin's topic screens: the taxonomy, one topic to edit, and what a rule
// change would do to the archive before it is saved.
import "server-only";
import { db } from "@/lib/db/client";
import { loadScorableTopics } from "@/lib/topics/rules-store";
import { topicRuleSchema, type TopicRule } from "@/lib/topics/schema";
import { scoreTopics } from "@/lib/topics/score-topics";

const storedRules = topicRuleSchema.array().catch([]);

export interface AdminTopicRow {
  id: number;
  slug: string;
  name: string;
  description: string;
  ruleCount: number;
  /** Articles of any status in the topic, and how many of those an editor chose by hand. */
  articleCount: number;
  manualCount: number;
}

export async function listAdminTopics(): Promise<AdminTopicRow[]> {
  const [topics, manual] = await Promise.all([
    db.topic.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, slug: true, name: true, description: true, rules: true, _count: { select: { articles: true } } } }),
    db.articleTopic.groupBy({ by: ["topicId"], where: { isManual: true }, _count: { _all: true } }),
  ]);
  const manualOf = new Map(manual.map((row) => [row.topicId, row._count._all]));
  return topics.map(({ rules, _count, ...topic }) => ({ ...topic, ruleCount: storedRules.parse(rules).length, articleCount: _count.articles, manualCount: manualOf.get(topic.id) ?? 0 }));
}

export interface AdminTopicDetail {
  id: number;
  slug: string;
  name: string;
  description: string;
  rules: TopicRule[];
  /** ISO; the form sends it back so a save over someone else's is refused. */
  updatedAt: string;
}

export async function getAdminTopic(slug: string): Promise<AdminTopicDetail | null> {
  const topic = await db.topic.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true, rules: true, updatedAt: true } });
  return topic ? { ...topic, rules: storedRules.parse(topic.rules), updatedAt: topic.updatedAt.toISOString() } : null;
}

export interface RulePreview {
  /** Articles scored. */
  articles: number;
  current: number;
  proposed: number;
  gained: number;
  lost: number;
  /** A few of the articles that would gain or lose the topic, newest first. */
  examples: { gained: PreviewArticle[]; lost: PreviewArticle[] };
}

export interface PreviewArticle {
  id: number;
  title: string | null;
  date: string;
}

const BATCH = 500;
const EXAMPLES = 5;

/**
 * What re-running the rules would do to one topic if its rules were `rules`: the other
 * topics keep theirs (they compete for the four places), manual assignments stay.
 */
export async function previewTopicRules({ topicId, rules }: { topicId: number; rules: TopicRule[] }): Promise<RulePreview | null> {
  const topic = await db.topic.findUnique({ where: { id: topicId }, select: { slug: true } });
  if (!topic) return null;
  const taxonomy = (await loadScorableTopics(db)).map((entry) => (entry.slug === topic.slug ? { ...entry, rules } : entry));
  const assigned = await db.articleTopic.findMany({ where: { topicId }, select: { articleId: true, isManual: true } });
  const current = new Set(assigned.map((row) => row.articleId));
  const proposed = new Set(assigned.filter((row) => row.isManual).map((row) => row.articleId));

  let articles = 0;
  for (let afterId = 0; ; ) {
    const batch = await db.article.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: BATCH, select: { id: true, kicker: true, title: true, subtitle: true, body: true } });
    if (batch.length === 0) break;
    for (const article of batch) if (scoreTopics(article, taxonomy).some((score) => score.slug === topic.slug)) proposed.add(article.id);
    articles += batch.length;
    afterId = batch.at(-1)?.id ?? afterId;
  }
  const gained = [...proposed].filter((id) => !current.has(id));
  const lost = [...current].filter((id) => !proposed.has(id));
  const [gainedExamples, lostExamples] = await Promise.all([examplesOf(gained), examplesOf(lost)]);
  return { articles, current: current.size, proposed: proposed.size, gained: gained.length, lost: lost.length, examples: { gained: gainedExamples, lost: lostExamples } };
}

async function examplesOf(ids: number[]): Promise<PreviewArticle[]> {
  if (ids.length === 0) return [];
  // The newest ids are enough to find the newest articles, and keep the statement small.
  const rows = await db.article.findMany({ where: { id: { in: ids.slice(-1000) } }, orderBy: [{ date: "desc" }, { id: "desc" }], take: EXAMPLES, select: { id: true, title: true, date: true } });
  return rows.map((row) => ({ ...row, date: row.date.toISOString().slice(0, 10) }));
}
