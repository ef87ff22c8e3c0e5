import Link from "next/link";
import { pageWindow } from "@/lib/articles/list-href";

interface PaginationProps {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
}

const linkClass = "rounded-sm border border-stone-300 px-3 py-1.5 hover:border-paper-red hover:text-paper-red dark:border-stone-700";
const disabledClass = "rounded-sm border border-stone-200 px-3 py-1.5 text-stone-400 dark:border-stone-800 dark:text-stone-600";

export function Pagination({ page, totalPages, hrefFor }: PaginationProps) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label="分页" className="mt-6">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        <li>
          {page > 1 ? (
            <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
              上一页
            </Link>
          ) : (
            <span aria-disabled="true" className={disabledClass}>
              上一页
            </span>
          )}
        </li>
        {pageWindow(page, totalPages).map((entry, index) =>
          entry === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-stone-400">
              …
            </li>
          ) : (
            <li key={entry}>
              {entry === page ? (
                <span aria-current="page" className="rounded-sm border border-paper-red bg-paper-red px-3 py-1.5 text-white">
                  <span className="sr-only">第 </span>
                  {entry}
                  <span className="sr-only"> 页</span>
                </span>
              ) : (
                <Link href={hrefFor(entry)} className={linkClass} aria-label={`第 ${entry} 页`}>
                  {entry}
                </Link>
              )}
            </li>
          ),
        )}
        <li>
          {page < totalPages ? (
            <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
              下一页
            </Link>
          ) : (
            <span aria-disabled="true" className={disabledClass}>
              下一页
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
