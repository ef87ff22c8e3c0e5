import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { ArchiveCrumbs } from "@/components/archive/archive-crumbs";
import { IssueNav } from "@/components/archive/issue-nav";
import { MonthCalendar } from "@/components/archive/month-calendar";
import { formatChineseDate } from "@/lib/articles/format";
import { monthRange, weekdayName } from "@/lib/archive/calendar";
import { archiveHref, issueHref, parseMonthSegment, parseYearSegment } from "@/lib/archive/params";
import { getCachedAdjacentIssues, listCachedIssueDays } from "@/lib/archive/cached";
import { countsOfMonth } from "@/lib/archive/years";

// Cached (ISR): rendered on the first visit, then served until an edit or import expires the lists.
export const revalidate = 300;

export function generateStaticParams(): { year: string; month: string }[] {
  return [];
}

type Props = { params: Promise<{ year: string; month: string }> };

const monthOf = (isoDate: string | null) => {
  if (!isoDate) return null;
  const [year, month] = isoDate.split("-").map(Number) as [number, number];
  return { href: archiveHref({ year, month }), label: `${year}年${month}月` };
};

async function parseParams(params: Props["params"]) {
  const segments = await params;
  const year = parseYearSegment(segments.year);
  const month = parseMonthSegment(segments.month);
  return year === null || month === null ? null : { year, month };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = await parseParams(params);
  return parsed ? { title: `${parsed.year}年${parsed.month.value}月`, description: `《永康日报》${parsed.year}年${parsed.month.value}月的头版要闻，按日期浏览。` } : {};
}

export default async function ArchiveMonthPage({ params }: Props) {
  const parsed = await parseParams(params);
  if (!parsed) notFound();
  const { year } = parsed;
  const month = parsed.month.value;
  if (!parsed.month.isCanonical) permanentRedirect(archiveHref({ year, month }));

  const range = monthRange({ year, month });
  const [days, adjacent] = await Promise.all([listCachedIssueDays(range), getCachedAdjacentIssues({ before: range.from, after: range.to })]);
  const articles = days.reduce((sum, day) => sum + day.articles, 0);

  return (
    <div className="mx-auto max-w-3xl">
      <ArchiveCrumbs year={year} />
      <h1 className="mt-1 font-serif text-3xl font-bold">
        {year}年{month}月
      </h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">
        {days.length > 0 ? (
          <>
            共 <strong className="tabular-nums text-stone-900 dark:text-stone-100">{days.length}</strong> 期、
            <strong className="tabular-nums text-stone-900 dark:text-stone-100">{articles}</strong> 篇文章。
          </>
        ) : (
          "这个月档案中没有已发布的文章，可以看看前后有文章的月份。"
        )}
      </p>
      <div className="mt-4">
        <IssueNav label="相邻月份" previousLabel="上一个有文章的月份" nextLabel="下一个有文章的月份" previous={monthOf(adjacent.previous)} next={monthOf(adjacent.next)} />
      </div>
      <section aria-label="月历" className="mt-6">
        <MonthCalendar year={year} month={month} counts={countsOfMonth(days, year, month)} size="full" />
      </section>
      {days.length > 0 && (
        <section aria-labelledby="month-issues" className="mt-8">
          <h2 id="month-issues" className="font-serif text-xl font-bold">
            本月各期
          </h2>
          <ul className="mt-2 divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-800 dark:border-stone-800">
            {days.map((day) => (
              <li key={day.date}>
                <Link href={issueHref(day.date)} className="flex items-baseline justify-between gap-4 px-1 py-2.5 hover:bg-stone-100 hover:text-paper-red dark:hover:bg-stone-900">
                  <span>
                    <span className="font-serif text-lg font-semibold">{formatChineseDate(day.date)}</span>
                    <span className="ml-2 text-sm text-stone-600 dark:text-stone-400">{weekdayName(day.date)}</span>
                  </span>
                  <span className="tabular-nums text-stone-600 dark:text-stone-400">{day.articles} 篇</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
