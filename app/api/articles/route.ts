import type { NextRequest } from "next/server";
import { toApiError, toArticleListJson } from "@/lib/articles/api";
import { parseArticleFilters } from "@/lib/articles/filters";
import { listArticles } from "@/lib/articles/queries";
import { resolveArticleWhere } from "@/lib/articles/where";

const badRequest = (...args: Parameters<typeof toApiError>) => Response.json(toApiError(...args), { status: 400 });

// GET /api/articles – the article list as JSON: the home page's filters, newest first, keyset paging.
export async function GET(request: NextRequest) {
  const { filters, invalid } = parseArticleFilters(request.nextUrl.searchParams);
  if (invalid[0]) return badRequest(invalid[0]);
  const resolved = await resolveArticleWhere(filters);
  if (resolved.invalid[0]) return badRequest(resolved.invalid[0]);

  return Response.json(toArticleListJson(await listArticles(resolved.where, filters)));
}
