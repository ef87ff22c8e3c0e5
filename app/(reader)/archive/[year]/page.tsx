import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArchiveCrumbs } from "@/components/archive/archive-crumbs";
import { IssueNav } from "@/components/archive/issue-nav";
import { MonthCalendar } from "@/components/archive/month-calendar";
import { archiveHref, parseYearSegment } from "@/lib/archive/params";
import { getCachedAdjacentIssues, listCachedIssueDays } from "@/lib/archive/cached";
import { countsOfMonth } from "@/lib/archive/years";

// Cached (ISR): rendered on the first visit, then served until an edit or import expires the lists.
export const revalidate = 300;

export function generateStaticParams(): { year: string }[] {
  return [];
}

type Props = { params: Promise<{ year: string }> };

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);
const yearOf = (isoDate: string | null) => (isoDate ? { href: archiveHref({ year: Number(isoDate.slice(0, 4)) }), label: `${isoDate.slice(0, 4)}年` } : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const year = parseYearSegment((await params).year);
  return year ? { title: `${year}年`, description: `《永康日报》${year}年的头版要闻，按日期浏览。` } : {};
}

export default async function ArchiveYearPage({ params }: Props) {
  const year = parseYearSegment((await params).year);
  if (year === null) notFound();
  const range = { from: `${year}-01-01`, to: `${year}-12-31` };
  const [days, adjacent] = await Promise.all([listCachedIssueDays(range), getCachedAdjacentIssues({ before: range.from, after: range.to })]);
  const articles = days.reduce((sum, day) => sum + day.articles, 0);

  return (
    <div>
      <ArchiveCrumbs />
      <h1 className="mt-1 font-serif text-3xl font-bold">{year}年</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">
        {days.length > 0 ? (
          <>
            共 <strong className="tabular-nums text-stone-900 dark:text-stone-100">{days.length}</strong> 期、
            <strong className="tabular-nums text-stone-900 dark:text-stone-100">{articles}</strong> 篇文章。点击日期查看当天的报纸。
          </>
        ) : (
          "这一年档案中没有已发布的文章。"
        )}
      </p>
      <div className="mt-4">
        <IssueNav label="相邻年份" previousLabel="更早的年份" nextLabel="更晚的年份" previous={yearOf(adjacent.previous)} next={yearOf(adjacent.next)} />
      </div>
      <div className="mt-6 grid grid-cols-2 gap-x-4 gap-y-6 sm:gap-x-6 md:grid-cols-3 lg:grid-cols-4">
        {MONTHS.map((month) => {
          const counts = countsOfMonth(days, year, month);
          const monthArticles = [...counts.values()].reduce((sum, count) => sum + count, 0);
          return (
            <section key={month} aria-labelledby={`month-${month}`}>
              <h2 id={`month-${month}`} className="mb-1 flex items-baseline gap-2 font-serif text-lg font-bold">
                <Link href={archiveHref({ year, month })} className="underline-offset-4 hover:text-paper-red hover:underline">
                  {month}月
                </Link>
                {monthArticles > 0 && <span className="font-sans text-xs font-normal text-stone-600 dark:text-stone-400">{monthArticles} 篇</span>}
              </h2>
              <MonthCalendar year={year} month={month} counts={counts} size="compact" />
            </section>
          );
        })}
      </div>
    </div>
  );
}
