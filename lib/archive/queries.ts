// Reads of the archive by issue date: counts per month and day, one issue's articles, the neighbouring issues.
//
// An article belongs to the issue of its page's date: the paper prints 22 December's meeting in the
// 23 December issue, and the article keeps the event's date. Articles entered without a page fall
// back to their own date. Each query is two indexed branches (pages by date joined to their articles,
// pageless articles by status and date) instead of one coalesce() that no index can serve.
import "server-only";
import { summarySelect, toSummary, type ArticleSummary } from "@/lib/articles/queries";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ArchiveMonth } from "./years";

export interface IssueDay {
  /** YYYY-MM-DD */
  date: string;
  articles: number;
}

export interface IssuePage {
  /** Null for the articles entered without a page. */
  pageId: number | null;
  /** In page order. */
  articles: ArticleSummary[];
}

export interface AdjacentIssues {
  previous: string | null;
  next: string | null;
}

const isoDate = (value: Date | string) => (typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10));
const utcDate = (value: string) => new Date(`${value}T00:00:00Z`);

/** Published articles per issue date within [from, to], one row per date and branch. */
function issueCounts(from: string, to: string): Prisma.Sql {
  return Prisma.sql`
    SELECT p.date AS day, count(*)::int AS articles
    FROM pages p
    JOIN articles a ON a.page_id = p.id
    WHERE p.date BETWEEN ${from}::date AND ${to}::date AND a.status = 'published'
    GROUP BY p.date
    UNION ALL
    SELECT a.date AS day, count(*)::int AS articles
    FROM articles a
    WHERE a.page_id IS NULL AND a.status = 'published' AND a.date BETWEEN ${from}::date AND ${to}::date
    GROUP BY a.date`;
}

/** Every month with published articles, oldest first. */
export async function listArchiveMonths(): Promise<ArchiveMonth[]> {
  return db.$queryRaw<ArchiveMonth[]>`
    SELECT extract(year FROM day)::int AS year, extract(month FROM day)::int AS month,
      sum(articles)::int AS articles, count(DISTINCT day)::int AS issues
    FROM (${issueCounts("0001-01-01", "9999-12-31")}) counts
    GROUP BY 1, 2
    ORDER BY 1, 2`;
}

/** The issue dates within [from, to] (inclusive) with their article counts, oldest first. */
export async function listIssueDays(range: { from: string; to: string }): Promise<IssueDay[]> {
  const rows = await db.$queryRaw<{ day: Date; articles: number }[]>`
    SELECT day, sum(articles)::int AS articles
    FROM (${issueCounts(range.from, range.to)}) counts
    GROUP BY day
    ORDER BY day`;
  return rows.map((row) => ({ date: isoDate(row.day), articles: row.articles }));
}

/**
 * The nearest issue dates before `before` and after `after` (pass the same date for one day,
 * a month's first and last day for a month), across month and year boundaries.
 */
export async function getAdjacentIssues({ before, after }: { before: string; after: string }): Promise<AdjacentIssues> {
  const [row] = await db.$queryRaw<{ previous: Date | null; next: Date | null }[]>`
    SELECT
      (SELECT max(day) FROM (
        (SELECT p.date AS day FROM pages p
          WHERE p.date < ${before}::date AND EXISTS (SELECT 1 FROM articles a WHERE a.page_id = p.id AND a.status = 'published')
          ORDER BY p.date DESC LIMIT 1)
        UNION ALL
        (SELECT a.date FROM articles a
          WHERE a.page_id IS NULL AND a.status = 'published' AND a.date < ${before}::date
          ORDER BY a.date DESC LIMIT 1)
      ) earlier) AS previous,
      (SELECT min(day) FROM (
        (SELECT p.date AS day FROM pages p
          WHERE p.date > ${after}::date AND EXISTS (SELECT 1 FROM articles a WHERE a.page_id = p.id AND a.status = 'published')
          ORDER BY p.date ASC LIMIT 1)
        UNION ALL
        (SELECT a.date FROM articles a
          WHERE a.page_id IS NULL AND a.status = 'published' AND a.date > ${after}::date
          ORDER BY a.date ASC LIMIT 1)
      ) later) AS next`;
  return { previous: row?.previous ? isoDate(row.previous) : null, next: row?.next ? isoDate(row.next) : null };
}

/** The published articles of one issue date: each page's in page order, pages in file order, pageless ones last. */
export async function listIssuePages(date: string): Promise<IssuePage[]> {
  const day = utcDate(date);
  const rows = await db.article.findMany({
    where: { status: "published", OR: [{ page: { date: day } }, { pageId: null, date: day }] },
    select: { ...summarySelect, pageId: true, position: true, page: { select: { fileName: true } } },
  });
  const placed = rows
    .map(({ pageId, position, page, ...row }) => ({ pageId, position, fileName: page?.fileName ?? "", summary: toSummary(row) }))
    .sort(
      (a, b) =>
        Number(a.pageId === null) - Number(b.pageId === null) ||
        (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0) ||
        (a.pageId ?? 0) - (b.pageId ?? 0) ||
        a.position - b.position ||
        a.summary.id - b.summary.id,
    );
  const pages: IssuePage[] = [];
  for (const { pageId, summary } of placed) {
    const current = pages.at(-1);
    if (current && current.pageId === pageId) current.articles.push(summary);
    else pages.push({ pageId, articles: [summary] });
  }
  return pages;
}

/** The newest issue date, or null for an empty archive. */
export async function getLatestIssueDate(): Promise<string | null> {
  return (await getAdjacentIssues({ before: "9999-12-31", after: "9999-12-31" })).previous;
}
