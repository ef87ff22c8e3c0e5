// Everything the article list shows for one URL: the page of articles, facet counts, active filters, notices.
import "server-only";
import { getArticleFacets, type ArticleFacets } from "./facets";
import type { ArticleFilters, FilterParam, InvalidParam, ParsedFilters } from "./filters";
import { countArticles, listArticles, type ArticlePage } from "./queries";
import { combineWhere, resolveArticleWhere, type AppliedFilter } from "./where";

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
}

export async function getArticleListing(parsed: ParsedFilters): Promise<ArticleListing> {
  const resolved = await resolveArticleWhere(parsed.filters);
  const { filters, applied } = resolved;
  const [page, facets] = await Promise.all([listArticles(resolved.where, filters), getArticleFacets(resolved.where)]);
  const chips = applied.map(toChip);
  const invalid = [...parsed.invalid, ...resolved.invalid];

  const suggestions =
    page.total === 0
      ? await Promise.all(
          applied.map(async (filter) => ({
            ...toChip(filter),
            count: await countArticles(combineWhere(applied.filter((other) => other !== filter))),
          })),
        )
      : [];
  if (page.items.length === 0 && page.total > 0 && !filters.cursor) {
    const pages = Math.ceil(page.total / filters.limit);
    invalid.push({ param: "page", value: String(filters.page), message: `共 ${pages} 页，没有第 ${filters.page} 页` });
  }
  return { filters, invalid, chips, page, facets, suggestions };
}

const toChip = ({ param, value, label }: AppliedFilter): FilterChip => ({ param, value, label });
