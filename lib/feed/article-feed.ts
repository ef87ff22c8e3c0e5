// The feed of an article list (pure): channel named after the filters, one item per article.
import type { ArticleFilters } from "@/lib/articles/filters";
import { filtersToSearchParams } from "@/lib/articles/filters";
import { headlineOf } from "@/lib/articles/format";
import { listHref } from "@/lib/articles/list-href";
import type { ArticleSummary } from "@/lib/articles/queries";
import { buildRss } from "./rss";

export const FEED_TITLE = "永康日报 · 要闻档案";

/** /feed.xml with the list's filters; a feed has no pages, so paging is dropped. */
export function feedHref(filters: Partial<ArticleFilters>): string {
  const query = filtersToSearchParams({ ...filters, page: 1, cursor: undefined }).toString();
  return query ? `/feed.xml?${query}` : "/feed.xml";
}

/** What names a feed: the search, then the applied filters' labels. */
export function feedLabels(filters: Pick<ArticleFilters, "q">, labels: readonly string[]): string[] {
  return [...(filters.q ? [`搜索“${filters.q}”`] : []), ...labels];
}

/** "永康日报 · 要闻档案 · 章旭升 · 疫情防控" for a filtered list. */
export function feedTitle(labels: readonly string[]): string {
  return [FEED_TITLE, ...labels].join(" · ");
}

export interface ArticleFeedInput {
  /** Site origin, e.g. https://archive.example (no trailing slash). */
  origin: string;
  filters: ArticleFilters;
  /** What readers call the applied filters: 章旭升, 疫情防控, 2022年. */
  labels: string[];
  articles: ArticleSummary[];
}

export function buildArticleFeed({ origin, filters, labels, articles }: ArticleFeedInput): string {
  const listFilters = { ...filters, page: 1, cursor: undefined, limit: undefined };
  return buildRss(
    {
      title: feedTitle(labels),
      link: `${origin}${listHref(listFilters)}`,
      selfUrl: `${origin}${feedHref(filters)}`,
      description: `《永康日报》头版要闻的最新文章${labels.length > 0 ? `（筛选：${labels.join("、")}）` : ""}`,
    },
    articles.map((article) => ({
      title: headlineOf(article),
      url: `${origin}/articles/${article.id}`,
      date: article.date,
      description: [article.kicker, article.subtitle, article.lead].filter(Boolean).join("　"),
      categories: article.topics.map((topic) => topic.name),
      creators: article.reporters,
    })),
  );
}
