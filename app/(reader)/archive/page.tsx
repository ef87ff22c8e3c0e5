import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { YearOverview } from "@/components/archive/year-overview";
import { formatChineseDate } from "@/lib/articles/format";
import { issueHref } from "@/lib/archive/params";
import { getCachedLatestIssueDate, listCachedArchiveMonths } from "@/lib/archive/cached";
import { groupByYear } from "@/lib/archive/years";

export const metadata: Metadata = { title: "按日期浏览", description: "按出版日期浏览《永康日报》头版要闻：各年各月的文章数和每一期。" };

export default async function ArchivePage() {
  await connection(); // rendered per request (a page without params would be prerendered at build time, without a database); its queries are cached
  const [months, latest] = await Promise.all([listCachedArchiveMonths(), getCachedLatestIssueDate()]);
  const years = groupByYear(months);
  const articles = years.reduce((sum, year) => sum + year.articles, 0);
  const issues = years.reduce((sum, year) => sum + year.issues, 0);

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">按日期浏览</h1>
      {years.length === 0 ? (
        <p className="mt-4 text-stone-600 dark:text-stone-400">档案中还没有已发布的文章。</p>
      ) : (
        <>
          <p className="mt-2 text-stone-600 dark:text-stone-400">
            共 <strong className="tabular-nums text-stone-900 dark:text-stone-100">{issues}</strong> 期、
            <strong className="tabular-nums text-stone-900 dark:text-stone-100">{articles}</strong> 篇文章，按出版日期排列。
            {latest && (
              <Link href={issueHref(latest)} className="ml-2 text-paper-red underline underline-offset-4">
                最新一期：{formatChineseDate(latest)}
              </Link>
            )}
          </p>
          <div className="mt-4">
            {years.map((year) => (
              <YearOverview key={year.year} year={year} />
            ))}
          </div>
        </>
      )}
    </div>
  );
}
