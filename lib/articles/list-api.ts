// GET /api/articles's answer for one set of parsed filters: the JSON and its status, cached under the
// lists' tag like the list page it mirrors (an edit or import expires it).
import "server-only";
import { cachedQuery } from "@/lib/cache/cached";
import { LISTS_TAG } from "@/lib/cache/tags";
import { toApiError, toArticleListJson, type ApiErrorJson, type ArticleListJson } from "./api";
import type { ArticleFilters } from "./filters";
import { findArticles } from "./find-articles";
import { resolveArticleWhere } from "./where";

export type ArticleListAnswer = { status: 200; body: ArticleListJson } | { status: 400; body: ApiErrorJson };

async function answerArticleList(filters: ArticleFilters): Promise<ArticleListAnswer> {
  const resolved = await resolveArticleWhere(filters);
  if (resolved.invalid[0]) return { status: 400, body: toApiError(resolved.invalid[0]) };
  const found = await findArticles(resolved);
  if (found.invalid[0]) return { status: 400, body: toApiError(found.invalid[0]) };
  return { status: 200, body: toArticleListJson(found.page, found.search) };
}

export const getArticleListAnswer = cachedQuery("api-articles", answerArticleList, () => [LISTS_TAG]);
