import Link from "next/link";
import type { FilterParam } from "@/lib/articles/filters";
import { listHref, withoutFilter, type ListState } from "@/lib/articles/list-href";
import type { FilterChip } from "@/lib/articles/listing";

export const FILTER_LABELS: Record<FilterParam, string> = { q: "搜索", official: "领导", topic: "主题", reporter: "记者", date: "日期", kind: "类型" };

/** The filters in force as removable chips, and a link that clears them all. */
export function ActiveFilters({ chips, filters }: { chips: FilterChip[]; filters: ListState }) {
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <h2 className="sr-only">当前筛选条件</h2>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={`${chip.param}:${chip.value}`}>
            <Link
              href={listHref({ ...withoutFilter(filters, chip), page: 1, cursor: undefined })}
              className="inline-flex items-center gap-1 rounded-full border border-paper-red/40 bg-white px-3 py-1 text-stone-800 hover:border-paper-red hover:text-paper-red dark:bg-stone-900 dark:text-stone-200"
            >
              <span>
                <span className="text-stone-500 dark:text-stone-400">{FILTER_LABELS[chip.param]}：</span>
                {chip.label}
              </span>
              <span aria-hidden="true" className="ml-1 text-paper-red">
                ×
              </span>
              <span className="sr-only">（移除）</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link href="/" className="text-stone-600 underline underline-offset-4 hover:text-paper-red dark:text-stone-400">
        清除全部筛选
      </Link>
    </div>
  );
}
