// The articles of one list URL: the newest-first list, or, with `q`, the search results ranked
// by relevance or date. Shared by the list page and GET /api/articles.
import "server-only";
import { db } from "@/lib/db/client";
import { searchArticleIds } from "@/lib/search/search-articles";
import { decodeCursor, decodeSearchCursor, encodeSearchCursor, type ArticleFilters, type InvalidParam, type SearchSortParam } from "./filters";
import { listArticles, listArticleSummariesByIds, type ArticlePage } from "./queries";
import { highlightArticle } from "./search-highlights";
import type { ResolvedFilters } from "./where";

export interface SearchSummary {
  /** Every match considered, best first (at most MAX_MATCHES): the facets count these. */
  ids: number[];
  /** More articles may match than were considered (the newest MAX_MATCHES are shown). */
  isTotalCapped: boolean;
  sort: SearchSortParam;
}

export interface FoundArticles {
  page: ArticlePage;
  /** The filters as applied: a query with nothing searchable in it, or a cursor of the other kind, is dropped. */
  filters: ArticleFilters;
  invalid: InvalidParam[];
  /** Null for the plain list. */
  search: SearchSummary | null;
}

export async function findArticles(resolved: ResolvedFilters): Promise<FoundArticles> {
  const invalid: InvalidParam[] = [];
  let filters = resolved.filters;
  const cursor = filters.cursor;
  const isSearch = Boolean(filters.q);

  if (cursor && (isSearch ? decodeSearchCursor(cursor) === null : !decodeCursor(cursor))) {
    invalid.push({ param: "cursor", value: cursor, message: isSearch ? "这是文章列表的翻页标记，不能用于搜索结果" : "这是搜索结果的翻页标记，不能用于文章列表" });
    filters = { ...filters, cursor: undefined };
  }

  if (filters.q) {
    const sort = filters.sort ?? "relevance";
    const found = await searchArticleIds(db, { query: filters.q, filters: resolved.search, sort });
    if (!found.query.isEmpty) {
      const offset = filters.cursor ? (decodeSearchCursor(filters.cursor) ?? 0) : (filters.page - 1) * filters.limit;
      const pageIds = found.ids.slice(offset, offset + filters.limit);
      const articles = await listArticleSummariesByIds(pageIds);
      const items = articles.map(({ body, ...summary }) => ({ ...summary, highlights: highlightArticle({ ...summary, body }, found.query.highlight) }));
      const next = offset + filters.limit < found.ids.length ? encodeSearchCursor(offset + filters.limit) : null;
      return { page: { items, total: found.total, next }, filters, invalid, search: { ids: found.ids, isTotalCapped: found.isTotalCapped, sort } };
    }
    invalid.push({ param: "q", value: filters.q, message: "搜索词中没有可检索的文字" });
    filters = { ...filters, q: undefined, sort: undefined, cursor: undefined };
  }

  return { page: await listArticles(resolved.where, filters), filters, invalid, search: null };
}
