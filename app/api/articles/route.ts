import type { NextRequest } from "next/server";
import { toApiError, toArticleListJson } from "@/lib/articles/api";
import { parseArticleFilters } from "@/lib/articles/filters";
import { findArticles } from "@/lib/articles/find-articles";
import { resolveArticleWhere } from "@/lib/articles/where";
import { answer503WhenDatabaseIsDown } from "@/lib/db/route-outage";

const badRequest = (...args: Parameters<typeof toApiError>) => Response.json(toApiError(...args), { status: 400 });

// GET /api/articles – the article list as JSON: the home page's filters and search, newest first (or ranked), keyset paging.
export const GET = answer503WhenDatabaseIsDown(async (request: NextRequest) => {
  const { filters, invalid } = parseArticleFilters(request.nextUrl.searchParams);
  if (invalid[0]) return badRequest(invalid[0]);
  const resolved = await resolveArticleWhere(filters);
  if (resolved.invalid[0]) return badRequest(resolved.invalid[0]);

  const found = await findArticles(resolved);
  if (found.invalid[0]) return badRequest(found.invalid[0]);

  return Response.json(toArticleListJson(found.page, found.search));
});
