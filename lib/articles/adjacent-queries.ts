// The articles before and after one in reading order, for 上一篇 / 下一篇 on the article page.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind } from "@/lib/generated/prisma/enums";

export interface ArticleLink {
  id: number;
  kind: ArticleKind;
  title: string | null;
  /** YYYY-MM-DD */
  date: string;
}

export interface AdjacentArticles {
  /** Older: the previous article of the same day's page, else the last one of the latest earlier day. */
  previous: ArticleLink | null;
  /** Newer: the next article of the same day's page, else the first one of the earliest later day. */
  next: ArticleLink | null;
}

const linkSelect = { id: true, kind: true, title: true, date: true } satisfies Prisma.ArticleSelect;

const toLink = (row: Prisma.ArticleGetPayload<{ select: typeof linkSelect }> | null): ArticleLink | null =>
  row && { ...row, date: row.date.toISOString().slice(0, 10) };

/**
 * Reading order is the list's key, (date, id), read forwards in time: the list shows the newest
 * day first but each day in page order (ids are assigned in page order). Both lookups are one
 * step along the (status, date, id) index.
 */
export async function getAdjacentArticles(article: { id: number; date: string }): Promise<AdjacentArticles> {
  const date = new Date(`${article.date}T00:00:00Z`);
  const [previous, next] = await Promise.all([
    db.article.findFirst({
      where: { status: "published", OR: [{ date: { lt: date } }, { date, id: { lt: article.id } }] },
      orderBy: [{ date: "desc" }, { id: "desc" }],
      select: linkSelect,
    }),
    db.article.findFirst({
      where: { status: "published", OR: [{ date: { gt: date } }, { date, id: { gt: article.id } }] },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      select: linkSelect,
    }),
  ]);
  return { previous: toLink(previous), next: toLink(next) };
}
