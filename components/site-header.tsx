import Link from "next/link";
import { Suspense } from "react";
import { NavLink } from "./nav-link";
import { ReaderPreferences } from "./reader-preferences";
import { SearchBox, SearchForm } from "./search-box";

export function SiteHeader() {
  return (
    <header className="border-b-4 border-double border-paper-red bg-white dark:bg-stone-900">
      <div className="mx-auto flex max-w-5xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-3">
        <p className="flex items-baseline gap-3">
          <Link href="/" className="font-serif text-2xl font-bold tracking-widest text-paper-red">
            永康日报
          </Link>
          <span className="text-sm text-stone-500 dark:text-stone-400">头版要闻档案</span>
        </p>
        <nav aria-label="网站导航">
          <ul className="flex gap-4 text-base">
            <li>
              <NavLink href="/">首页</NavLink>
            </li>
            <li>
              <NavLink href="/archive">日期</NavLink>
            </li>
            <li>
              <NavLink href="/officials">领导</NavLink>
            </li>
            <li>
              <NavLink href="/topics">主题</NavLink>
            </li>
          </ul>
        </nav>
        <Suspense fallback={<SearchForm />}>
          <SearchBox />
        </Suspense>
        <ReaderPreferences />
      </div>
    </header>
  );
}
