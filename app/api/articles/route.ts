import type { NextRequest } from "next/server";
import { toApiError } from "@/lib/articles/api";
import { parseArticleFilters } from "@/lib/articles/filters";
import { getArticleListAnswer } from "@/lib/articles/list-api";
import { answer503WhenDatabaseIsDown } from "@/lib/db/route-outage";

// GET /api/articles – the article list as JSON: the home page's filters and search, newest first (or ranked), keyset paging.
export const GET = answer503WhenDatabaseIsDown(async (request: NextRequest) => {
  const { filters, invalid } = parseArticleFilters(request.nextUrl.searchParams);
  if (invalid[0]) return Response.json(toApiError(invalid[0]), { status: 400 });

  const { status, body } = await getArticleListAnswer(filters);
  return Response.json(body, { status });
});
