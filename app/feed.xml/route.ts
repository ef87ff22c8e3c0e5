import type { NextRequest } from "next/server";
import { toApiError } from "@/lib/articles/api";
import { parseArticleFilters, type InvalidParam } from "@/lib/articles/filters";
import { findArticles } from "@/lib/articles/find-articles";
import { resolveArticleWhere } from "@/lib/articles/where";
import { env } from "@/lib/env";
import { buildArticleFeed, feedLabels } from "@/lib/feed/article-feed";

const badRequest = (invalid: InvalidParam) =>
  new Response(`订阅参数 ${invalid.param} 有误：${toApiError(invalid).error.message}\n`, {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

// GET /feed.xml – RSS 2.0 of the newest articles, with the list's filters and search (?official=…&topic=…&q=…).
export async function GET(request: NextRequest) {
  const { filters, invalid } = parseArticleFilters(request.nextUrl.searchParams);
  if (invalid[0]) return badRequest(invalid[0]);
  // A feed is read newest first: a search in it is sorted by date unless it asks otherwise.
  const resolved = await resolveArticleWhere({ ...filters, page: 1, cursor: undefined, sort: filters.q ? (filters.sort ?? "date") : undefined });
  if (resolved.invalid[0]) return badRequest(resolved.invalid[0]);
  const found = await findArticles(resolved);
  if (found.invalid[0]) return badRequest(found.invalid[0]);

  const labels = feedLabels(found.filters, resolved.applied.map((filter) => filter.label));
  const xml = buildArticleFeed({ origin: env.SITE_URL, filters: found.filters, labels, articles: found.page.items });
  return new Response(xml, {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
