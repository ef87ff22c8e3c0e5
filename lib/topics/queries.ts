// Reads about topics for the reader pages: the index and one topic with its rules.
import "server-only";
import { cache } from "react";
import { z } from "zod";
import { listArticles, type ArticlePage } from "@/lib/articles/queries";
import { db } from "@/lib/db/client";
import { listTopOfficials, type OfficialCount } from "@/lib/officials/queries";
import { topicRuleSchema, type TopicRule } from "./schema";

export const TOPIC_PAGE_SIZE = 20;

export interface TopicSummary {
  slug: string;
  name: string;
  description: string;
  articleCount: number;
}

export interface TopicDetail extends TopicSummary {
  id: number;
  /** The weighted keywords that assign the topic, heaviest first. */
  rules: TopicRule[];
  topOfficials: OfficialCount[];
}

const storedRulesSchema = z.array(topicRuleSchema).catch([]);
const publishedCount = { _count: { select: { articles: { where: { article: { status: "published" as const } } } } } };

/** All topics in the editors' order, with how many published articles each has. */
export async function listTopics(): Promise<TopicSummary[]> {
  const topics = await db.topic.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { slug: true, name: true, description: true, ...publishedCount },
  });
  return topics.map(({ _count, ...topic }) => ({ ...topic, articleCount: _count.articles }));
}

/** A topic by slug with its rules and the officials most named in its articles, or null. */
export const getTopic = cache(async (slug: string): Promise<TopicDetail | null> => {
  const topic = await db.topic.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true, rules: true, ...publishedCount },
  });
  if (!topic) return null;
  const topOfficials = await listTopOfficials({ topics: { some: { topicId: topic.id } } }, { limit: 12 });
  const { _count, rules, ...rest } = topic;
  return {
    ...rest,
    articleCount: _count.articles,
    rules: storedRulesSchema.parse(rules).sort((a, b) => b.weight - a.weight),
    topOfficials,
  };
});

/** The articles of a topic, newest first. */
export async function listTopicArticles(topicId: number, page: number): Promise<ArticlePage> {
  return listArticles({ status: "published", topics: { some: { topicId } } }, { page, limit: TOPIC_PAGE_SIZE });
}
