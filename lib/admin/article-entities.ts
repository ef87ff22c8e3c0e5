// Who and what an edited article is about: the editor's list of officials and topics turned
// into stored rows, with titles and scores from the same extractors the importer uses.
import { articleFullText, type ArticleText } from "@/lib/ingest/analyze-article";
import { replaceArticleEntities } from "@/lib/ingest/link-entities";
import type { Byline } from "@/lib/ingest/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { extractOfficials, type OfficialMention } from "@/lib/officials/extract-officials";
import type { SnapshotOfficial, SnapshotTopic } from "@/lib/articles/revisions";
import { topicRuleSchema } from "@/lib/topics/schema";
import { scoreTopics, type ScorableTopic } from "@/lib/topics/score-topics";

type Tx = Prisma.TransactionClient;

/** The article as it was before an edit: its text and the mentions stored for it. */
export interface PreviousMentions {
  text: ArticleText;
  officials: readonly SnapshotOfficial[];
}

const sameText = (a: ArticleText, b: ArticleText) => a.kicker === b.kicker && a.title === b.title && a.subtitle === b.subtitle && a.body === b.body;

/**
 * The editor's officials in the editor's order. Titles, jurisdiction and actions come from
 * the extractor where it finds the name in the text; a name it does not find (the editor
 * added it) is stored bare, as 永康's. With `previous`, stored mentions survive an edit that
 * left the text as it was, and names the extractor cannot find in the text (a corrected
 * spelling, after a merge or rename): an editor's title fixes are not undone by the next save.
 */
export function resolveOfficials(names: readonly string[], text: ArticleText, previous?: PreviousMentions): SnapshotOfficial[] {
  const fullText = articleFullText(text);
  const found = new Map(extractOfficials(fullText, { knownNames: names }).map((official) => [official.name, official]));
  const stored = new Map(previous?.officials.map((official) => [official.name, official]));
  const isTextUnchanged = previous !== undefined && sameText(previous.text, text);
  return names.map((name) => {
    const kept = stored.get(name);
    if (kept && isTextUnchanged) return { ...kept };
    const official = found.get(name);
    if (official) return { name, titles: official.titles, jurisdiction: official.jurisdiction, actions: official.actions, count: official.count };
    if (kept) return { ...kept };
    return { name, titles: [], jurisdiction: "永康", actions: [], count: Math.max(1, fullText.split(name).length - 1) };
  });
}

/**
 * Bylines after the editor changed the reporters: printed bylines of kept reporters and
 * signatures (本报评论员) stay as they were, new reporters get a bare byline.
 */
export function bylinesFor(previous: readonly Byline[], previousReporters: readonly string[], reporters: readonly string[]): Byline[] {
  const wanted = new Set(reporters);
  const wasReporter = new Set(previousReporters);
  const kept = previous.filter((byline) => wanted.has(byline.name) || !wasReporter.has(byline.name));
  const present = new Set(kept.map((byline) => byline.name));
  return [...kept, ...reporters.filter((name) => !present.has(name)).map((name) => ({ name, role: null, organization: null }))];
}

async function loadTopics(tx: Tx): Promise<(ScorableTopic & { id: number; name: string })[]> {
  const topics = await tx.topic.findMany({ orderBy: { position: "asc" }, select: { id: true, slug: true, name: true, rules: true } });
  return topics.map((topic) => ({ ...topic, rules: topicRuleSchema.array().catch([]).parse(topic.rules) }));
}

/**
 * The chosen topics with their rule scores. A topic the rules would not assign is marked
 * manual, so re-running the rules keeps the editor's choice. Unknown slugs are dropped.
 */
export async function resolveTopics(tx: Tx, slugs: readonly string[], text: ArticleText): Promise<SnapshotTopic[]> {
  const topics = await loadTopics(tx);
  const scores = new Map(scoreTopics(text, topics).map((score) => [score.slug, score.score]));
  const bySlug = new Map(topics.map((topic) => [topic.slug, topic]));
  return slugs.flatMap((slug) => {
    const topic = bySlug.get(slug);
    if (!topic) return [];
    const score = scores.get(slug);
    return [{ slug, name: topic.name, score: score ?? 0, isManual: score === undefined }];
  });
}

/** What the extractors suggest for a text: officials' names and topic slugs. */
export async function suggestEntities(tx: Tx, text: ArticleText): Promise<{ officials: string[]; topics: string[] }> {
  const known = await tx.person.findMany({ where: { kind: "official" }, select: { name: true } });
  const officials = extractOfficials(articleFullText(text), { knownNames: known.map((person) => person.name) });
  const topics = scoreTopics(text, await loadTopics(tx));
  return { officials: officials.map((official) => official.name), topics: topics.map((topic) => topic.slug) };
}

export interface ArticleEntitiesInput {
  articleId: number;
  officials: SnapshotOfficial[];
  bylines: Byline[];
  reporters: string[];
  topics: SnapshotTopic[];
}

/** Replaces the article's officials, credited journalists and topics (editor's choice is final). */
export async function writeArticleEntities(tx: Tx, input: ArticleEntitiesInput): Promise<void> {
  const reporters = new Set(input.reporters);
  await replaceArticleEntities(tx, [
    {
      articleId: input.articleId,
      // Actions come from the extractor or from an earlier snapshot of it.
      officials: input.officials as OfficialMention[],
      bylines: input.bylines.filter((byline) => reporters.has(byline.name)),
      topics: [],
    },
  ]);
  await tx.articleTopic.deleteMany({ where: { articleId: input.articleId } });
  const topicIds = new Map((await tx.topic.findMany({ where: { slug: { in: input.topics.map((topic) => topic.slug) } }, select: { id: true, slug: true } })).map((topic) => [topic.slug, topic.id]));
  await tx.articleTopic.createMany({
    data: input.topics.flatMap((topic) => {
      const topicId = topicIds.get(topic.slug);
      return topicId === undefined ? [] : [{ articleId: input.articleId, topicId, score: topic.score, isManual: topic.isManual }];
    }),
  });
}
