"use client";

import { usePathname, useSearchParams } from "next/navigation";

/** Parameters of the list that a new search starts over from. */
const RESET_PARAMS = new Set(["q", "page", "cursor"]);

/**
 * The site-wide search form: a plain GET to the list, so it works without JavaScript. On the list
 * itself it shows the current query and keeps the filters in force, so a search combines with them.
 */
export function SearchBox() {
  const pathname = usePathname();
  const params = useSearchParams();
  const isList = pathname === "/";
  const query = isList ? (params.get("q") ?? "") : "";
  const kept = isList ? [...params.entries()].filter(([key]) => !RESET_PARAMS.has(key)) : [];
  return <SearchForm query={query} kept={kept} />;
}

/** Also the fallback while the URL is read: the same form, empty. */
export function SearchForm({ query = "", kept = [] }: { query?: string; kept?: [string, string][] }) {
  return (
    <form action="/" method="get" role="search" aria-label="搜索文章" className="flex w-full items-stretch sm:w-auto">
      <label htmlFor="site-search" className="sr-only">
        搜索文章
      </label>
      <input
        id="site-search"
        key={query}
        name="q"
        type="search"
        defaultValue={query}
        maxLength={200}
        placeholder="搜索人名、地名、词语…"
        className="min-w-0 flex-1 rounded-l-sm border border-stone-300 bg-white px-3 py-1.5 text-base sm:w-64 sm:flex-none dark:border-stone-600 dark:bg-stone-800"
      />
      {kept.map(([key, value], index) => (
        <input key={`${key}-${index}`} type="hidden" name={key} value={value} />
      ))}
      <button type="submit" className="rounded-r-sm bg-paper-red px-3 py-1.5 text-white hover:bg-red-800">
        搜索
      </button>
    </form>
  );
}
