// Everything the article list shows for one URL: the page of articles, facet counts, active filters, notices.
import "server-only";
import { cachedQuery } from "@/lib/cache/cached";
import { FACETS_TAG, LISTS_TAG } from "@/lib/cache/tags";
import { getArticleFacets, type ArticleFacets } from "./facets";
import type { ArticleFilters, FilterParam, InvalidParam, ParsedFilters } from "./filters";
import { findArticles, type SearchSummary } from "./find-articles";
import { withoutFilter } from "./list-href";
import { countArticles, type ArticlePage } from "./queries";
import { combineWhere, resolveArticleWhere, type AppliedFilter, type ResolvedFilters } from "./where";

export interface FilterChip {
  param: FilterParam;
  /** As links carry it (official name, topic slug, …). */
  value: string;
  label: string;
}

export interface FilterSuggestion extends FilterChip {
  /** How many articles the list would show without this filter. */
  count: number;
}

export interface ArticleListing {
  /** The valid filters: every link on the list builds on these. */
  filters: ArticleFilters;
  invalid: InvalidParam[];
  chips: FilterChip[];
  page: ArticlePage;
  facets: ArticleFacets;
  /** Only when nothing matches: what removing each filter would bring back. */
  suggestions: FilterSuggestion[];
  /** Set when the list shows search results. */
  search: SearchSummary | null;
}

/** The list of one URL. `loadFacets` lets the cached list count through a cache of its own. */
export async function getArticleListing(parsed: ParsedFilters, loadFacets: typeof getArticleFacets = getArticleFacets): Promise<ArticleListing> {
  const resolved = await resolveArticleWhere(parsed.filters);
  const found = await findArticles(resolved);
  const { page, filters, search } = found;
  const { applied } = resolved;
  const facets = await loadFacets(search ? { id: { in: search.ids } } : resolved.where);
  const queryChip: FilterChip[] = search && filters.q ? [{ param: "q", value: filters.q, label: `“${filters.q}”` }] : [];
  const chips = [...queryChip, ...applied.map(toChip)];
  const invalid = [...parsed.invalid, ...resolved.invalid, ...found.invalid];

  const suggestions = page.total === 0 ? await suggestRemovals(resolved, filters, Boolean(search)) : [];
  if (page.items.length === 0 && page.total > 0 && !filters.cursor) {
    const pages = Math.ceil(page.total / filters.limit);
    invalid.push({ param: "page", value: String(filters.page), message: `共 ${pages} 页，没有第 ${filters.page} 页` });
  }
  return { filters, invalid, chips, page, facets, suggestions, search };
}

const getCachedArticleFacets = cachedQuery("article-facets", getArticleFacets, () => [FACETS_TAG]);

/** The same, cached until an edit or import changes the lists (tag LISTS_TAG). */
export const getCachedArticleListing = cachedQuery("article-listing", (parsed: ParsedFilters) => getArticleListing(parsed, getCachedArticleFacets), () => [LISTS_TAG]);

/** For each filter in force, how many articles the list would show without it. */
async function suggestRemovals(resolved: ResolvedFilters, filters: ArticleFilters, isSearch: boolean): Promise<FilterSuggestion[]> {
  const { applied } = resolved;
  const countWithout = async (filter: AppliedFilter) => {
    if (!isSearch) return countArticles(combineWhere(applied.filter((other) => other !== filter)));
    // A filter of a search narrows the matches before ranking: search again without it.
    const rest = await resolveArticleWhere(withoutFilter(filters, filter) as ArticleFilters);
    return (await findArticles(rest)).page.total;
  };
  const removals = await Promise.all(applied.map(async (filter) => ({ ...toChip(filter), count: await countWithout(filter) })));
  if (!isSearch || !filters.q) return removals;
  return [{ param: "q", value: filters.q, label: `“${filters.q}”`, count: await countArticles(resolved.where) }, ...removals];
}

const toChip = ({ param, value, label }: AppliedFilter): FilterChip => ({ param, value, label });
