// The search statement (see search-articles.ts for the design), built from tagged fragments only:
// every value reaches PostgreSQL as a bind parameter.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import type { SearchQuery } from "./build-query";
import { dateRangeTokens, kindToken } from "./filter-tokens";

/** The most matches a search considers: the newest ones, when a query is broader than this. */
export const MAX_MATCHES = 300;
/**
 * Windows of newest articles a query is answered from first, smallest first: a common term has its
 * newest MAX_MATCHES matches in the first, a rarer one in the next, and only a rare one makes the
 * GIN bitmap visit all its matches in the archive. Each window costs one more GIN scan when it fails.
 */
export const RECENT_WINDOWS = [5_000, 25_000] as const;
const WINDOW_CTES = [Prisma.sql`recent_5k`, Prisma.sql`recent_25k`];
const EVERYTHING_CTE = Prisma.sql`everything`;
/** ts_rank_cd weights of D, C, B (body), A (kicker, title, subtitle). */
const RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}";
/** ts_rank_cd normalisation 1: divide by 1 + log(length), so long articles do not win by length alone. */
const RANK_NORMALIZATION = 1;

/** The list's filters, resolved to ids (unknown names are the caller's business). */
export interface SearchFilters {
  /** YYYY-MM-DD, inclusive */
  from?: string;
  /** YYYY-MM-DD, inclusive */
  to?: string;
  kind?: ArticleKind;
  /** Every one of these officials must be named in the article. */
  officialIds?: readonly number[];
  topicId?: number;
  reporterId?: number;
}

export interface SearchStatementOptions {
  filters: SearchFilters;
  isByRelevance: boolean;
  limit: number;
  offset: number;
  /** Date tokens covering each of the RECENT_WINDOWS the archive is larger than (recent-window.ts). */
  recentWindows: readonly (readonly string[])[];
}

/** One row per hit of the page, or a single row with id null when the page is empty. */
export interface SearchRow {
  total: number;
  candidates: number;
  id: number | null;
  rank: number | null;
  headline_hits: number | null;
}

/**
 * Run in the search's transaction, before the statement. The planner prices `vector @@ query` like
 * any cheap operator, but testing it on a row reads (de-TOASTs) a ~10 KB vector: given the chance,
 * it scans the table or walks the date index testing row after row. So the statement leaves one way
 * in: no other condition on articles is written in a form a btree can serve (`(…) IS TRUE`,
 * `ORDER BY a.date + 0`) and sequential scans are off, so the GIN index, which reads no vector,
 * drives. Parallel workers cost more than they save here.
 */
export const PLANNER_SETTINGS = Prisma.sql`
  SELECT set_config('enable_seqscan', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`;

export function searchStatement(query: SearchQuery, options: SearchStatementOptions): Prisma.Sql {
  const { filters } = options;
  const gate = gateOf(query, filters);
  const newest = (window: readonly string[] | null) => Prisma.sql`
    SELECT a.id FROM articles a
     WHERE ${Prisma.join(candidateConditions(gate && window ? `${gate} & (${anyOf(window)})` : gate, filters), " AND ")}
     ORDER BY ${gate ? Prisma.sql`a.date + 0` : Prisma.sql`a.date`} DESC, a.id
     LIMIT ${MAX_MATCHES + 1}`;
  // Tiers: each window's newest matches if it has more than MAX_MATCHES, else the next window's, and
  // last the whole archive's; a tier's CTE only runs when the ones before it fell short. A reader's
  // own date range already bounds the candidates: no windows then.
  const windows = gate && !(filters.from && filters.to) ? options.recentWindows : [];
  const tiers = [...windows.map((tokens, i) => ({ name: WINDOW_CTES[i] as Prisma.Sql, sql: newest(tokens) })), { name: EVERYTHING_CTE, sql: newest(null) }];
  const countOf = (name: Prisma.Sql) => Prisma.sql`(SELECT count(*) FROM ${name})`;
  const branches = tiers.map(({ name }, i) => {
    const earlierFellShort = tiers.slice(0, i).map((earlier) => Prisma.sql`${countOf(earlier.name)} <= ${MAX_MATCHES}`);
    const isEnough = i < tiers.length - 1 ? [Prisma.sql`${countOf(name)} > ${MAX_MATCHES}`] : [];
    const conditions = [...earlierFellShort, ...isEnough];
    return Prisma.sql`SELECT id FROM ${name} WHERE ${conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`true`}`;
  });
  const candidates = Prisma.sql`
    ${Prisma.join(tiers.map(({ name, sql }) => Prisma.sql`${name} AS MATERIALIZED (${sql})`), ",\n")},
    candidates AS MATERIALIZED (${Prisma.join(branches, " UNION ALL ")})`;
  const rank = options.isByRelevance && query.rank !== null
    ? Prisma.sql`ts_rank_cd(${RANK_WEIGHTS}::float4[], v, to_tsquery('simple', ${query.rank}), ${RANK_NORMALIZATION})`
    : Prisma.sql`0::float4`;

  return Prisma.sql`
    WITH ${candidates},
    hits AS MATERIALIZED (
      SELECT id, date, ${options.isByRelevance ? headlineHits(query) : Prisma.sql`0`} AS headline_hits, ${rank} AS rank
        -- OFFSET 0 keeps the tests below on these rows: pushed into the join, they would send
        -- PostgreSQL to the GIN index for every article matching the whole query.
        FROM (SELECT a.id, a.date, a.search_vector AS v FROM candidates c JOIN articles a ON a.id = c.id OFFSET 0) candidate
       WHERE ${exactMatch(query)}
    ),
    totals AS (
      SELECT (SELECT count(*) FROM hits)::int AS total, (SELECT count(*) FROM candidates)::int AS candidates
    )
    SELECT totals.total, totals.candidates, page.id, page.rank, page.headline_hits
      FROM totals
      LEFT JOIN LATERAL (
        SELECT id, rank, headline_hits FROM hits
         ORDER BY ${options.isByRelevance ? Prisma.sql`headline_hits DESC, rank DESC, date DESC, id` : Prisma.sql`date DESC, id`}
         LIMIT ${options.limit} OFFSET ${options.offset}
      ) page ON true`;
}

const anyOf = (tokens: readonly string[]) => tokens.map((token) => `'${token}'`).join(" | ");

/** The query's gate and, as tokens, the filters the vector can answer (the heap still checks them exactly). */
function gateOf(query: SearchQuery, filters: SearchFilters): string | null {
  if (!query.gate) return null;
  const parts = [query.gate];
  const dates = filters.from && filters.to ? dateRangeTokens(filters.from, filters.to) : [];
  if (dates.length > 0) parts.push(anyOf(dates));
  if (filters.kind) parts.push(anyOf([kindToken(filters.kind)]));
  return parts.map((part) => `(${part})`).join(" & ");
}

/**
 * The candidate conditions. With a gate, only the GIN index can serve them: the rest is written
 * `(…) IS TRUE`, which no btree matches (dates are in the gate as tokens). Without one (a query of
 * exclusions only), the (status, date) index gives the newest articles directly.
 */
function candidateConditions(gate: string | null, filters: SearchFilters): Prisma.Sql[] {
  const heapOnly = (condition: Prisma.Sql) => (gate ? Prisma.sql`(${condition}) IS TRUE` : condition);
  const conditions = [heapOnly(Prisma.sql`a.status = 'published'`)];
  if (gate) conditions.unshift(Prisma.sql`a.search_vector @@ to_tsquery('simple', ${gate})`);
  if (filters.from) conditions.push(heapOnly(Prisma.sql`a.date >= ${filters.from}::date`));
  if (filters.to) conditions.push(heapOnly(Prisma.sql`a.date <= ${filters.to}::date`));
  if (filters.kind) conditions.push(Prisma.sql`a.kind = ${filters.kind}::"ArticleKind"`);
  for (const officialId of filters.officialIds ?? []) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM article_officials o WHERE o.article_id = a.id AND o.person_id = ${officialId})`);
  }
  if (filters.topicId !== undefined) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id AND t.topic_id = ${filters.topicId})`);
  }
  if (filters.reporterId !== undefined) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM article_bylines b WHERE b.article_id = a.id AND b.person_id = ${filters.reporterId})`);
  }
  return conditions;
}

/** What the gate cannot check: word order inside phrases, and exclusions. */
function exactMatch(query: SearchQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (query.match && query.match !== query.gate) conditions.push(Prisma.sql`v @@ to_tsquery('simple', ${query.match})`);
  if (query.exclude) conditions.push(Prisma.sql`NOT (v @@ to_tsquery('simple', ${query.exclude}))`);
  return conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`true`;
}

/** How many required terms the headline (weight A) holds. */
function headlineHits(query: SearchQuery): Prisma.Sql {
  const perTerm = query.headline.map((headline) => Prisma.sql`(v @@ to_tsquery('simple', ${headline}))::int`);
  return perTerm.length > 0 ? Prisma.sql`(${Prisma.join(perTerm, " + ")})` : Prisma.sql`0`;
}
