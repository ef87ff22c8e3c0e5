// Links of the article list: the URL carries every filter, so each facet, chip and page is a plain link (pure).
import { filtersToSearchParams, type ArticleFilters, type FilterParam } from "./filters";

export type ListState = Partial<ArticleFilters>;

export function listHref(state: ListState): string {
  const query = filtersToSearchParams(state).toString();
  return query ? `/?${query}` : "/";
}

/** The list with `change` applied to the current filters; paging starts over. */
export function refineHref(state: ListState, change: ListState): string {
  return listHref({ ...state, ...change, page: 1, cursor: undefined });
}

/** Clears every form of the date range (from/to and the year/month quick pick). */
export const NO_DATE: ListState = { from: undefined, to: undefined, year: undefined, month: undefined };

/** The current filters without one of them (a chip's remove link). */
export function withoutFilter(state: ListState, filter: { param: FilterParam; value: string }): ListState {
  switch (filter.param) {
    case "official":
      return { ...state, officials: (state.officials ?? []).filter((name) => name !== filter.value) };
    case "date":
      return { ...state, ...NO_DATE };
    default:
      return { ...state, [filter.param]: undefined };
  }
}

/** Page numbers to offer around the current one, with gaps: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(page: number, totalPages: number): (number | "gap")[] {
  const pages = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, totalPages])].filter((n) => n >= 1 && n <= totalPages).sort((a, b) => a - b);
  return pages.flatMap((n, index) => (index > 0 && n - (pages[index - 1] ?? n) > 1 ? ["gap" as const, n] : [n]));
}
