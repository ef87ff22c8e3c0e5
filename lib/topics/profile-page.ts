// Everything a topic's page shows, for one page of its articles, cached under its tag.
import "server-only";
import type { ArticlePage } from "@/lib/articles/queries";
import { cachedQuery } from "@/lib/cache/cached";
import { topicTag } from "@/lib/cache/tags";
import { countArticlesPerMonth } from "@/lib/stats/queries";
import type { MonthCount } from "@/lib/stats/series";
import { getTopic, listTopicArticles, type TopicDetail } from "./queries";

export interface TopicPageData {
  topic: TopicDetail;
  articles: ArticlePage;
  months: MonthCount[];
}

async function loadTopicPage(slug: string, page: number): Promise<TopicPageData | null> {
  const topic = await getTopic(slug);
  if (!topic) return null;
  const [articles, months] = await Promise.all([listTopicArticles(topic.id, page), countArticlesPerMonth({ topicId: topic.id })]);
  return { topic, articles, months };
}

export const getTopicPage = cachedQuery("topic-page", loadTopicPage, ([slug]) => [topicTag(slug)]);
