import Link from "next/link";
import { ActiveFilters } from "@/components/active-filters";
import { ArticleFilters } from "@/components/article-filters";
import { ArticleList } from "@/components/article-list";
import { EmptyResults } from "@/components/empty-results";
import { FilterNotice } from "@/components/filter-notice";
import { Pagination } from "@/components/pagination";
import type { ParsedFilters } from "@/lib/articles/filters";
import { listHref } from "@/lib/articles/list-href";
import { getCachedArticleListing } from "@/lib/articles/listing";
import { SearchSummaryLine } from "@/components/search-summary";

/** The filtered list with its facets: everything below the page title that depends on the query. */
export async function ArticleResults({ parsed }: { parsed: ParsedFilters }) {
  const { filters, invalid, chips, page, facets, suggestions, search } = await getCachedArticleListing(parsed);
  const totalPages = Math.ceil(page.total / filters.limit);
  const pageOf = totalPages > 1 && !filters.cursor ? `，第 ${filters.page} / ${totalPages} 页` : "";

  return (
    <>
      {search ? (
        <SearchSummaryLine filters={filters} total={page.total} search={search} pageOf={pageOf} />
      ) : (
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
          {chips.length > 0 ? "符合条件的文章" : "档案共收录文章"} <strong className="tabular-nums text-stone-900 dark:text-stone-100">{page.total}</strong> 篇
          {pageOf}
          <a href="#filters" className="ml-3 underline underline-offset-4 md:hidden">
            跳到筛选
          </a>
        </p>
      )}
      <div className="mt-4 space-y-3">
        <FilterNotice invalid={invalid} />
        <ActiveFilters chips={chips} filters={filters} />
      </div>
      <div className="mt-4 grid gap-8 md:grid-cols-[minmax(0,1fr)_15rem]">
        <section aria-label="文章列表">
          {page.total === 0 ? <EmptyResults suggestions={suggestions} filters={filters} /> : <ArticleList articles={page.items} />}
          {filters.cursor ? (
            <CursorPaging filters={filters} next={page.next} />
          ) : (
            <Pagination page={filters.page} totalPages={totalPages} hrefFor={(pageNumber) => listHref({ ...filters, page: pageNumber })} />
          )}
        </section>
        <aside aria-labelledby="filters">
          <ArticleFilters facets={facets} filters={filters} />
        </aside>
      </div>
    </>
  );
}

/** A list opened at a keyset cursor (links from the API) pages on by cursor. */
function CursorPaging({ filters, next }: { filters: ParsedFilters["filters"]; next: string | null }) {
  return (
    <nav aria-label="分页" className="mt-6 flex gap-4 text-sm">
      <Link href={listHref({ ...filters, cursor: undefined, page: 1 })} className="underline underline-offset-4 hover:text-paper-red">
        回到第一页
      </Link>
      {next && (
        <Link href={listHref({ ...filters, cursor: next })} rel="next" className="underline underline-offset-4 hover:text-paper-red">
          下一页
        </Link>
      )}
    </nav>
  );
}
