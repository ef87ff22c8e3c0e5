import type { NextRequest } from "next/server";
import { parseArticleFilters } from "@/lib/articles/filters";
import { answer503WhenDatabaseIsDown } from "@/lib/db/route-outage";
import { feedRefusal, getFeedAnswer, type FeedAnswer } from "@/lib/feed/feed-answer";

function toResponse(answer: FeedAnswer): Response {
  if (answer.status === 400) return new Response(answer.message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(answer.xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}

// GET /feed.xml – RSS 2.0 of the newest articles, with the list's filters and search (?official=…&topic=…&q=…).
export const GET = answer503WhenDatabaseIsDown(async (request: NextRequest) => {
  const { filters, invalid } = parseArticleFilters(request.nextUrl.searchParams);
  return toResponse(invalid[0] ? feedRefusal(invalid[0]) : await getFeedAnswer(filters));
});
