import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArchiveCrumbs } from "@/components/archive/archive-crumbs";
import { IssueNav } from "@/components/archive/issue-nav";
import { IssuePages } from "@/components/archive/issue-pages";
import { formatChineseDate } from "@/lib/articles/format";
import { toIsoDate, weekdayName } from "@/lib/archive/calendar";
import { archiveHref, issueHref, parseDaySegment, parseMonthSegment, parseYearSegment } from "@/lib/archive/params";
import { getCachedAdjacentIssues, listCachedIssuePages } from "@/lib/archive/cached";

// Cached (ISR): rendered on the first visit, then served until an edit or import expires the lists.
export const revalidate = 300;

export function generateStaticParams(): { year: string; month: string; day: string }[] {
  return [];
}

type Props = { params: Promise<{ year: string; month: string; day: string }> };

const issueOf = (isoDate: string | null) => (isoDate ? { href: issueHref(isoDate), label: formatChineseDate(isoDate) } : null);

async function parseParams(params: Props["params"]) {
  const segments = await params;
  const year = parseYearSegment(segments.year);
  const month = year === null ? null : parseMonthSegment(segments.month);
  const day = year === null || month === null ? null : parseDaySegment(year, month.value, segments.day);
  if (year === null || month === null || day === null) return null;
  return { year, month: month.value, day: day.value, isCanonical: month.isCanonical && day.isCanonical, date: toIsoDate(year, month.value, day.value) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = await parseParams(params);
  return parsed ? { title: formatChineseDate(parsed.date), description: `《永康日报》${formatChineseDate(parsed.date)}的头版要闻。` } : {};
}

export default async function IssuePage({ params }: Props) {
  const parsed = await parseParams(params);
  if (!parsed) notFound();
  const { year, month, day, date } = parsed;
  if (!parsed.isCanonical) permanentRedirect(archiveHref({ year, month, day }));

  const [pages, adjacent] = await Promise.all([listCachedIssuePages(date), getCachedAdjacentIssues({ before: date, after: date })]);
  const articles = pages.reduce((sum, page) => sum + page.articles.length, 0);
  const nav = (label: string) => <IssueNav label={label} previousLabel="上一期" nextLabel="下一期" previous={issueOf(adjacent.previous)} next={issueOf(adjacent.next)} />;

  return (
    <div className="mx-auto max-w-3xl">
      <ArchiveCrumbs year={year} month={month} />
      <h1 className="mt-1 font-serif text-3xl font-bold">
        <time dateTime={date}>{formatChineseDate(date)}</time>
        <span className="ml-3 font-sans text-lg font-normal text-stone-600 dark:text-stone-400">{weekdayName(date)}</span>
      </h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">
        {articles > 0 ? (
          <>
            本期头版要闻 <strong className="tabular-nums text-stone-900 dark:text-stone-100">{articles}</strong> 篇，按版面顺序排列。
          </>
        ) : (
          "档案中没有这一天的报纸。可以看看离这一天最近的两期："
        )}
      </p>
      <div className="mt-4">{nav("相邻各期")}</div>
      {articles > 0 && (
        <>
          <IssuePages pages={pages} />
          <div className="mt-8">{nav("相邻各期（页尾）")}</div>
        </>
      )}
    </div>
  );
}
