import type { NextRequest } from "next/server";
import { toApiError } from "@/lib/articles/api";
import { parseArticleFilters, type InvalidParam } from "@/lib/articles/filters";
import { listArticles } from "@/lib/articles/queries";
import { resolveArticleWhere } from "@/lib/articles/where";
import { env } from "@/lib/env";
import { buildArticleFeed } from "@/lib/feed/article-feed";

const badRequest = (invalid: InvalidParam) =>
  new Response(`订阅参数 ${invalid.param} 有误：${toApiError(invalid).error.message}\n`, {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

// GET /feed.xml – RSS 2.0 of the newest articles, with the list's filters (?official=…&topic=…).
export async function GET(request: NextRequest) {
  const { filters, invalid } = parseArticleFilters(request.nextUrl.searchParams);
  if (invalid[0]) return badRequest(invalid[0]);
  const resolved = await resolveArticleWhere({ ...filters, page: 1, cursor: undefined });
  if (resolved.invalid[0]) return badRequest(resolved.invalid[0]);

  const page = await listArticles(resolved.where, resolved.filters);
  const xml = buildArticleFeed({ origin: env.SITE_URL, filters: resolved.filters, labels: resolved.applied.map((filter) => filter.label), articles: page.items });
  return new Response(xml, {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
