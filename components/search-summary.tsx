import Link from "next/link";
import type { ArticleFilters, SearchSortParam } from "@/lib/articles/filters";
import type { SearchSummary } from "@/lib/articles/find-articles";
import { refineHref } from "@/lib/articles/list-href";
import { MAX_MATCHES } from "@/lib/search/search-sql";

const SORT_LABELS: Record<SearchSortParam, string> = { relevance: "按相关度", date: "按日期" };

interface SearchSummaryLineProps {
  filters: ArticleFilters;
  total: number;
  search: SearchSummary;
  /** "，第 2 / 5 页" or empty. */
  pageOf: string;
}

/** How many articles the search found, the order they are in, and a hint when there are too many to rank. */
export function SearchSummaryLine({ filters, total, search, pageOf }: SearchSummaryLineProps) {
  return (
    <div className="mt-1 space-y-2 text-sm text-stone-600 dark:text-stone-400">
      <p aria-live="polite" className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <span>
          搜索“<strong className="text-stone-900 dark:text-stone-100">{filters.q}</strong>”，找到{" "}
          <strong className="tabular-nums text-stone-900 dark:text-stone-100">
            {total}
            {search.isTotalCapped && "+"}
          </strong>{" "}
          篇{pageOf}
        </span>
        <span className="flex gap-3" role="group" aria-label="排序">
          {(Object.keys(SORT_LABELS) as SearchSortParam[]).map((sort) =>
            sort === search.sort ? (
              <span key={sort} aria-current="true" className="font-semibold text-stone-900 dark:text-stone-100">
                {SORT_LABELS[sort]}
              </span>
            ) : (
              <Link key={sort} href={refineHref(filters, { sort })} className="underline underline-offset-4 hover:text-paper-red">
                {SORT_LABELS[sort]}
              </Link>
            ),
          )}
        </span>
        <a href="#filters" className="underline underline-offset-4 md:hidden">
          跳到筛选
        </a>
      </p>
      {search.isTotalCapped && (
        <p role="note" className="rounded-sm bg-stone-100 px-3 py-2 dark:bg-stone-800">
          匹配的文章超过 {MAX_MATCHES} 篇，这里只排列最新的 {MAX_MATCHES} 篇。加上日期范围、领导或主题，或者再加一个搜索词，可以查到更早的文章。
        </p>
      )}
    </div>
  );
}
