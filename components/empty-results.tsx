import Link from "next/link";
import { listHref, withoutFilter, type ListState } from "@/lib/articles/list-href";
import type { FilterSuggestion } from "@/lib/articles/listing";
import { FILTER_LABELS } from "./active-filters";

/** Nothing matches: say so, and offer the filters whose removal brings articles back. */
export function EmptyResults({ suggestions, filters }: { suggestions: FilterSuggestion[]; filters: ListState }) {
  if (suggestions.length === 0) {
    return <p className="py-12 text-center text-stone-500 dark:text-stone-400">档案中还没有文章。</p>;
  }
  const helpful = suggestions.filter((suggestion) => suggestion.count > 0);
  return (
    <div className="py-10 text-center">
      <h2 className="font-serif text-xl font-bold">在当前条件下没有找到文章</h2>
      {helpful.length > 0 ? (
        <>
          <p className="mt-3 text-stone-600 dark:text-stone-400">试试去掉一个条件：</p>
          <ul className="mt-3 flex flex-col items-center gap-2">
            {helpful.map((suggestion) => (
              <li key={`${suggestion.param}:${suggestion.value}`}>
                <Link href={listHref({ ...withoutFilter(filters, suggestion), page: 1, cursor: undefined })} className="text-paper-red underline underline-offset-4">
                  去掉“{FILTER_LABELS[suggestion.param]}：{suggestion.label}”
                </Link>
                <span className="text-stone-500 dark:text-stone-400">（{suggestion.count} 篇）</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-3 text-stone-600 dark:text-stone-400">单独去掉任何一个条件也找不到文章。</p>
      )}
      <p className="mt-4">
        <Link href="/" className="text-stone-600 underline underline-offset-4 hover:text-paper-red dark:text-stone-400">
          清除全部筛选，查看所有文章
        </Link>
      </p>
    </div>
  );
}
