import type { Metadata } from "next";
import Link from "next/link";
import { OfficialsTable, officialHref } from "@/components/officials-table";
import { listCachedOfficials } from "@/lib/cache/indexes";
import type { OfficialSort } from "@/lib/officials/queries";

export const metadata: Metadata = { title: "领导", description: "《永康日报》头版报道中出现的领导，以及各自的见报次数和时间。" };

const SORTS: { value: OfficialSort; label: string; href: string }[] = [
  { value: "count", label: "按文章数", href: "/officials" },
  { value: "name", label: "按姓名", href: "/officials?sort=name" },
];

export default async function OfficialsPage({ searchParams }: { searchParams: Promise<{ sort?: string | string[] }> }) {
  const sort: OfficialSort = (await searchParams).sort === "name" ? "name" : "count";
  const { local, national } = await listCachedOfficials(sort);

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">领导</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">头版报道中出现的 {local.length} 位地方领导，点击姓名查看职务变化和相关文章。</p>
      <nav aria-label="排序" className="mt-4 flex gap-3 text-sm">
        <span className="text-stone-500">排序：</span>
        {SORTS.map((option) => (
          <Link
            key={option.value}
            href={option.href}
            aria-current={option.value === sort ? "true" : undefined}
            className="underline-offset-4 hover:text-paper-red hover:underline aria-[current=true]:font-semibold aria-[current=true]:text-paper-red"
          >
            {option.label}
          </Link>
        ))}
      </nav>
      <section aria-labelledby="local-officials" className="mt-4">
        <h2 id="local-officials" className="sr-only">
          地方领导
        </h2>
        {local.length > 0 ? <OfficialsTable officials={local} caption="地方领导及其见报情况" /> : <p className="py-8 text-stone-500">档案中还没有领导。</p>}
      </section>
      {national.length > 0 && (
        <section aria-labelledby="national-officials" className="mt-10 border-t border-stone-200 pt-4 dark:border-stone-800">
          <h2 id="national-officials" className="font-serif text-lg font-bold">
            中央领导
          </h2>
          <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">多为报道中引述的讲话和思想。</p>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {national.map((official) => (
              <li key={official.slug}>
                <Link href={officialHref(official.slug)} className="underline-offset-4 hover:text-paper-red hover:underline">
                  {official.name}
                </Link>
                <span className="ml-1 text-stone-500 tabular-nums">{official.articleCount} 篇</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
