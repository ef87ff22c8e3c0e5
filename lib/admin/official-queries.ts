// Reads for the admin's officials screens: the searchable list, and one official with the
// titles and articles their corrections act on.
import "server-only";
import { db } from "@/lib/db/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

export const ADMIN_OFFICIALS_PAGE_SIZE = 50;
export const ADMIN_MENTIONS_PAGE_SIZE = 50;

export interface AdminOfficialRow {
  id: number;
  name: string;
  slug: string;
  /** Articles of any status naming the official. */
  articleCount: number;
}

export async function listAdminOfficials({ q, page }: { q?: string; page: number }): Promise<{ items: AdminOfficialRow[]; total: number; pageCount: number }> {
  const where = { kind: "official" as const, ...(q && { name: { contains: q } }) };
  const [rows, total] = await Promise.all([
    db.person.findMany({
      where,
      orderBy: [{ mentions: { _count: "desc" } }, { name: "asc" }],
      skip: (page - 1) * ADMIN_OFFICIALS_PAGE_SIZE,
      take: ADMIN_OFFICIALS_PAGE_SIZE,
      select: { id: true, name: true, slug: true, _count: { select: { mentions: true } } },
    }),
    db.person.count({ where }),
  ]);
  return {
    items: rows.map(({ _count, ...row }) => ({ ...row, articleCount: _count.mentions })),
    total,
    pageCount: Math.max(1, Math.ceil(total / ADMIN_OFFICIALS_PAGE_SIZE)),
  };
}

export interface AdminMention {
  articleId: number;
  title: string | null;
  date: string;
  status: ArticleStatus;
  version: number;
  titles: string[];
  jurisdiction: string;
  actions: string[];
}

export interface AdminOfficialDetail {
  id: number;
  name: string;
  slug: string;
  articleCount: number;
  /** Every title string the official carries in some article, with how many articles. */
  titleCounts: { title: string; count: number }[];
  mentions: AdminMention[];
  mentionPageCount: number;
}

export async function getAdminOfficial(id: number, page: number): Promise<AdminOfficialDetail | null> {
  const person = await db.person.findFirst({ where: { id, kind: "official" }, select: { id: true, name: true, slug: true } });
  if (!person) return null;
  const [allTitles, rows] = await Promise.all([
    db.articleOfficial.findMany({ where: { personId: id }, select: { titles: true } }),
    db.articleOfficial.findMany({
      where: { personId: id },
      orderBy: [{ article: { date: "desc" } }, { articleId: "desc" }],
      skip: (page - 1) * ADMIN_MENTIONS_PAGE_SIZE,
      take: ADMIN_MENTIONS_PAGE_SIZE,
      select: { titles: true, jurisdiction: true, actions: true, article: { select: { id: true, title: true, date: true, status: true, version: true } } },
    }),
  ]);
  const counts = new Map<string, number>();
  for (const { titles } of allTitles) for (const title of new Set(titles)) counts.set(title, (counts.get(title) ?? 0) + 1);
  return {
    ...person,
    articleCount: allTitles.length,
    titleCounts: [...counts].map(([title, count]) => ({ title, count })).sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, "zh-CN")),
    mentions: rows.map(({ article, ...mention }) => ({
      ...mention,
      articleId: article.id,
      title: article.title,
      date: article.date.toISOString().slice(0, 10),
      status: article.status,
      version: article.version,
    })),
    mentionPageCount: Math.max(1, Math.ceil(allTitles.length / ADMIN_MENTIONS_PAGE_SIZE)),
  };
}

/** The official of that exact name, for merging by name. */
export async function findOfficialByName(name: string): Promise<{ id: number; name: string } | null> {
  return db.person.findUnique({ where: { name_kind: { name, kind: "official" } }, select: { id: true, name: true } });
}
