// The admin list's filters: a plain GET form, so every filter state is a shareable URL.
import Link from "next/link";
import type { AdminArticleFilters } from "@/lib/admin/filters";
import { inputClass, secondaryButtonClass } from "./field";
import { KIND_LABELS, STATUS_LABELS } from "./labels";

export function AdminArticleFiltersForm({ filters }: { filters: AdminArticleFilters }) {
  return (
    <form method="get" action="/admin" role="search" aria-label="筛选文章" className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-6 md:items-end">
      <label className="col-span-2 text-sm">
        标题
        <input name="q" type="search" defaultValue={filters.q} className={inputClass} placeholder="搜索标题或引题" />
      </label>
      <label className="text-sm">
        状态
        <select name="status" defaultValue={filters.status ?? ""} className={inputClass}>
          <option value="">全部</option>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        类型
        <select name="kind" defaultValue={filters.kind ?? ""} className={inputClass}>
          <option value="">全部</option>
          {Object.entries(KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        起始日期
        <input name="from" type="date" defaultValue={filters.from} className={inputClass} />
      </label>
      <label className="text-sm">
        截止日期
        <input name="to" type="date" defaultValue={filters.to} className={inputClass} />
      </label>
      <div className="col-span-2 flex gap-2 md:col-span-6">
        <button type="submit" className={secondaryButtonClass}>
          筛选
        </button>
        <Link href="/admin" className="px-2 py-1.5 text-sm text-paper-red hover:underline">
          清除筛选
        </Link>
      </div>
    </form>
  );
}
