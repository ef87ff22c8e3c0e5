import Link from "next/link";
import { archiveHref } from "@/lib/archive/params";
import type { ArchiveYear } from "@/lib/archive/years";

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/** One year of the archive: its totals and twelve month cells, those with articles linking to the month. */
export function YearOverview({ year }: { year: ArchiveYear }) {
  const byMonth = new Map(year.months.map((month) => [month.month, month]));
  return (
    <section aria-labelledby={`year-${year.year}`} className="border-b border-stone-200 py-5 dark:border-stone-800">
      <h2 id={`year-${year.year}`} className="flex flex-wrap items-baseline gap-x-3 font-serif text-2xl font-bold">
        <Link href={archiveHref({ year: year.year })} className="underline-offset-4 hover:text-paper-red hover:underline">
          {year.year}年
        </Link>
        <span className="font-sans text-sm font-normal text-stone-600 dark:text-stone-400">
          <span className="tabular-nums">{year.articles}</span> 篇 · <span className="tabular-nums">{year.issues}</span> 期
        </span>
      </h2>
      <ol className="mt-3 grid grid-cols-6 gap-1.5 text-center text-sm sm:grid-cols-12">
        {MONTHS.map((month) => {
          const counts = byMonth.get(month);
          return (
            <li key={month}>
              {counts ? (
                <Link
                  href={archiveHref({ year: year.year, month })}
                  className="flex flex-col rounded-sm border border-paper-red/40 bg-red-50 py-1.5 text-paper-red hover:border-paper-red hover:bg-red-100 dark:bg-red-950/60 dark:text-red-300"
                >
                  <span>{month}月</span>
                  <span className="font-bold tabular-nums">
                    {counts.articles}
                    <span className="sr-only"> 篇</span>
                  </span>
                </Link>
              ) : (
                <span className="flex flex-col rounded-sm border border-stone-200 py-1.5 text-stone-500 dark:border-stone-800 dark:text-stone-400">
                  <span>{month}月</span>
                  <span aria-hidden="true">–</span>
                  <span className="sr-only">没有文章</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
