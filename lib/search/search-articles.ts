// Full-text search over published articles, combined with the list's filters, in one SQL statement
// (search-sql.ts). Two steps, so that the work stays bounded however common a term is:
//   1. candidates: the newest MAX_MATCHES + 1 articles passing the filters whose vector holds every
//      lexeme of the query (`gate`). The GIN index answers that exactly, so no vector is read; the
//      newest articles (RECENT_WINDOWS) are tried first, which bounds the heap visits of a common term.
//   2. among those, the exact matches (phrases in order, exclusions), ranked: headline hits, then
//      ts_rank_cd (closeness, headline weighted above body), then recency.
// More than MAX_MATCHES candidates means the query is broad: the results are the newest
// MAX_MATCHES matches and isTotalCapped says so (narrow with a filter or another term).
import type { Database } from "@/lib/db/create-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildSearchQuery, type SearchQuery } from "./build-query";
import { loadOfficialPinyin } from "./official-names";
import { loadRecentWindows } from "./recent-window";
import { MAX_MATCHES, PLANNER_SETTINGS, searchStatement, type SearchFilters, type SearchRow } from "./search-sql";

export { MAX_MATCHES, type SearchFilters } from "./search-sql";
export const MAX_SEARCH_LIMIT = 100;

export type SearchSort = "relevance" | "date";

export interface SearchArticlesOptions {
  /** What the reader typed; see build-query.ts for the syntax. */
  query: string;
  filters?: SearchFilters;
  /** relevance (default): headline hits, closeness, recency. date: newest first, page order within a day. */
  sort?: SearchSort;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: number;
  /** ts_rank_cd of the article for the query (0 when sorting by date). */
  rank: number;
  /** How many of the query's terms the kicker, title or subtitle contain (0 when sorting by date). */
  headlineHits: number;
}

export interface SearchResult {
  /** The parsed query: its terms and the strings to highlight (buildSnippet, highlightText). */
  query: SearchQuery;
  hits: SearchHit[];
  /** Matching articles, counted among the newest MAX_MATCHES candidates. */
  total: number;
  /** True when more articles may match than were considered: show "total+" and suggest narrowing. */
  isTotalCapped: boolean;
}

const clamp = (value: number, min: number, max: number) => (Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), min), max) : min);

async function prepare(db: Database, options: SearchArticlesOptions, maxLimit = MAX_SEARCH_LIMIT) {
  const [pinyinNames, recentWindows] = await Promise.all([loadOfficialPinyin(db), loadRecentWindows(db)]);
  const query = buildSearchQuery(options.query, { pinyinNames });
  const statement = searchStatement(query, {
    recentWindows,
    filters: options.filters ?? {},
    isByRelevance: (options.sort ?? "relevance") === "relevance",
    limit: clamp(options.limit ?? 20, 1, maxLimit),
    offset: clamp(options.offset ?? 0, 0, MAX_MATCHES),
  });
  return { query, statement };
}

/** Runs a prepared statement: its rows, and the total they report. */
async function run(db: Database, statement: Prisma.Sql) {
  const [, rows] = await db.$transaction([db.$queryRaw(PLANNER_SETTINGS), db.$queryRaw<SearchRow[]>(statement)]);
  const first = rows[0];
  const hits = rows.filter((row): row is SearchRow & { id: number } => row.id !== null);
  return { hits, total: Math.min(first?.total ?? 0, MAX_MATCHES), isTotalCapped: (first?.candidates ?? 0) > MAX_MATCHES };
}

/** One page of published articles matching the query and the filters, with the total. */
export async function searchArticles(db: Database, options: SearchArticlesOptions): Promise<SearchResult> {
  const { query, statement } = await prepare(db, options);
  if (query.isEmpty) return { query, hits: [], total: 0, isTotalCapped: false };
  const { hits, total, isTotalCapped } = await run(db, statement);
  return { query, hits: hits.map((row) => ({ id: row.id, rank: row.rank ?? 0, headlineHits: row.headline_hits ?? 0 })), total, isTotalCapped };
}

export interface SearchIdsResult extends Omit<SearchResult, "hits"> {
  /** Every match considered (at most MAX_MATCHES), best first. */
  ids: number[];
}

/**
 * All the matches at once, in order: a results page, its facets and its paging come from one
 * statement. It costs what one page costs: every candidate is ranked whatever the page size.
 */
export async function searchArticleIds(db: Database, options: Omit<SearchArticlesOptions, "limit" | "offset">): Promise<SearchIdsResult> {
  const { query, statement } = await prepare(db, { ...options, limit: MAX_MATCHES, offset: 0 }, MAX_MATCHES);
  if (query.isEmpty) return { query, ids: [], total: 0, isTotalCapped: false };
  const { hits, total, isTotalCapped } = await run(db, statement);
  return { query, ids: hits.map((row) => row.id), total, isTotalCapped };
}

/** EXPLAIN (ANALYZE, BUFFERS) of the statement searchArticles runs (benchmarks, diagnosis). */
export async function explainSearchArticles(db: Database, options: SearchArticlesOptions): Promise<string> {
  const { query, statement } = await prepare(db, options);
  if (query.isEmpty) return "(empty query: no statement runs)";
  const [, plan] = await db.$transaction([
    db.$queryRaw(PLANNER_SETTINGS),
    db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${statement}`),
  ]);
  return plan.map((line) => line["QUERY PLAN"]).join("\n");
}
