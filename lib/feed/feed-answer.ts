// GET /feed.xml's answer for one set of parsed filters: RSS of the newest matching articles, or the
// parameter that was wrong. Cached under the lists' tag like the list it follows.
import "server-only";
import { toApiError } from "@/lib/articles/api";
import type { ArticleFilters, InvalidParam } from "@/lib/articles/filters";
import { findArticles } from "@/lib/articles/find-articles";
import { resolveArticleWhere } from "@/lib/articles/where";
import { cachedQuery } from "@/lib/cache/cached";
import { LISTS_TAG } from "@/lib/cache/tags";
import { env } from "@/lib/env";
import { buildArticleFeed, feedLabels } from "./article-feed";

export type FeedAnswer = { status: 200; xml: string } | { status: 400; message: string };

/** The answer naming a wrong parameter (plain text, for the person subscribing). */
export function feedRefusal(invalid: InvalidParam): FeedAnswer {
  return { status: 400, message: `订阅参数 ${invalid.param} 有误：${toApiError(invalid).error.message}\n` };
}

async function answerFeed(filters: ArticleFilters): Promise<FeedAnswer> {
  // A feed is read newest first: a search in it is sorted by date unless it asks otherwise.
  const resolved = await resolveArticleWhere({ ...filters, page: 1, cursor: undefined, sort: filters.q ? (filters.sort ?? "date") : undefined });
  if (resolved.invalid[0]) return feedRefusal(resolved.invalid[0]);
  const found = await findArticles(resolved);
  if (found.invalid[0]) return feedRefusal(found.invalid[0]);
  const labels = feedLabels(found.filters, resolved.applied.map((filter) => filter.label));
  return { status: 200, xml: buildArticleFeed({ origin: env.SITE_URL, filters: found.filters, labels, articles: found.page.items }) };
}

export const getFeedAnswer = cachedQuery("feed", answerFeed, () => [LISTS_TAG]);
