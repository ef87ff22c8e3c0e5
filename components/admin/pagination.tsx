import Link from "next/link";

/** Previous/next links; `hrefFor(page)` builds each page's URL. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="分页" className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? <Link href={hrefFor(page - 1)} className="text-paper-red hover:underline">上一页</Link> : <span className="text-stone-400">上一页</span>}
      <span>
        第 {page} / {pageCount} 页
      </span>
      {page < pageCount ? <Link href={hrefFor(page + 1)} className="text-paper-red hover:underline">下一页</Link> : <span className="text-stone-400">下一页</span>}
    </nav>
  );
}
