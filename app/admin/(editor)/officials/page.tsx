import type { Metadata } from "next";
import Link from "next/link";
import { inputClass, secondaryButtonClass } from "@/components/admin/field";
import { Pagination } from "@/components/admin/pagination";
import { listAdminOfficials } from "@/lib/admin/official-queries";
import { officialListParamsSchema } from "@/lib/admin/official-schema";
import { requireEditor } from "@/lib/auth/require-editor";

export const metadata: Metadata = { title: "领导" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function AdminOfficialsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireEditor();
  const params = await searchParams;
  const { q, page } = officialListParamsSchema.parse({ q: first(params.q), page: first(params.page) });
  const { items, total, pageCount } = await listAdminOfficials({ q, page });
  const hrefFor = (n: number) => `/admin/officials?${new URLSearchParams({ ...(q && { q }), ...(n > 1 && { page: String(n) }) })}`;
  return (
    <section aria-labelledby="officials-heading">
      <h1 id="officials-heading" className="mb-2 font-serif text-2xl font-bold">
        领导
      </h1>
      <p className="mb-4 text-sm text-stone-600">改正误写的姓名、合并同一人的两种写法、修改职务，或把误认作领导的记者移出。</p>
      {first(params.converted) === "1" && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-800 dark:bg-green-950 dark:text-green-200">
          已改为记者，并从各篇文章的领导中移除。
        </p>
      )}
      <form method="get" action="/admin/officials" role="search" aria-label="查找领导" className="mb-4 flex max-w-md gap-2">
        <input name="q" type="search" aria-label="姓名" defaultValue={q} placeholder="输入姓名中的字" className={inputClass} />
        <button type="submit" className={secondaryButtonClass}>
          查找
        </button>
      </form>
      <p className="mb-2 text-sm text-stone-500">共 {total} 位</p>
      {items.length === 0 ? (
        <p className="py-8 text-center text-stone-500">没有找到领导。</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-stone-300 text-left dark:border-stone-700">
              <th className="py-2 pr-2">姓名</th>
              <th className="py-2 pr-2">文章数</th>
              <th className="py-2">读者页面</th>
            </tr>
          </thead>
          <tbody>
            {items.map((official) => (
              <tr key={official.id} className="border-b border-stone-200 dark:border-stone-800">
                <td className="py-2 pr-2">
                  <Link href={`/admin/officials/${official.id}`} className="text-paper-red hover:underline">
                    {official.name}
                  </Link>
                </td>
                <td className="py-2 pr-2 tabular-nums">{official.articleCount}</td>
                <td className="py-2">
                  <Link href={`/officials/${encodeURIComponent(official.slug)}`} className="text-stone-500 hover:underline">
                    /officials/{official.slug}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </section>
  );
}
