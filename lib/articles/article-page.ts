// Everything an article's page shows: the article, the articles before and after it, related ones.
// Cached under the article's tag and the lists' (its neighbours and related articles change when
// others are edited); React's cache shares one read between the page and its metadata.
import "server-only";
import { cache } from "react";
import { cachedQuery } from "@/lib/cache/cached";
import { articleTag, LISTS_TAG } from "@/lib/cache/tags";
import { getAdjacentArticles, type AdjacentArticles } from "./adjacent-queries";
import { getArticle, type ArticleDetail } from "./queries";
import { listRelatedArticles, type RelatedArticle } from "./related-queries";
import { getArticleSource } from "./source-queries";

export interface ArticlePageData {
  article: ArticleDetail;
  adjacent: AdjacentArticles;
  related: RelatedArticle[];
}

async function loadArticlePage(id: number): Promise<ArticlePageData | null> {
  const article = await getArticle(id);
  if (!article) return null;
  const [adjacent, related] = await Promise.all([getAdjacentArticles(article), listRelatedArticles(article.id)]);
  return { article, adjacent, related };
}

export const getArticlePage = cache(cachedQuery("article-page", loadArticlePage, ([id]) => [articleTag(id), LISTS_TAG]));

/** The raw page behind an article (its 原文), cached under the article's tag. */
export const getCachedArticleSource = cache(cachedQuery("article-source", getArticleSource, ([id]) => [articleTag(id)]));
