// Reads for the admin's article screens: the list (every status) and one article to edit.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind, ArticleStatus } from "@/lib/generated/prisma/enums";
import type { ArticleText } from "@/lib/ingest/analyze-article";
import { suggestEntities } from "./article-entities";
import { ADMIN_PAGE_SIZE, type AdminArticleFilters } from "./filters";

export interface AdminArticleRow {
  id: number;
  kind: ArticleKind;
  status: ArticleStatus;
  title: string | null;
  date: string;
  version: number;
  updatedAt: Date;
}

export interface AdminArticlePage {
  items: AdminArticleRow[];
  total: number;
  pageCount: number;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function adminArticleWhere(filters: AdminArticleFilters): Prisma.ArticleWhereInput {
  const where: Prisma.ArticleWhereInput = {};
  if (filters.q) where.OR = [{ title: { contains: filters.q, mode: "insensitive" } }, { kicker: { contains: filters.q, mode: "insensitive" } }];
  if (filters.status) where.status = filters.status;
  if (filters.kind) where.kind = filters.kind;
  if (filters.from || filters.to) where.date = { ...(filters.from && { gte: utcDate(filters.from) }), ...(filters.to && { lte: utcDate(filters.to) }) };
  return where;
}

export async function listAdminArticles(filters: AdminArticleFilters): Promise<AdminArticlePage> {
  const where = adminArticleWhere(filters);
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy: [{ date: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: { id: true, kind: true, status: true, title: true, date: true, version: true, updatedAt: true },
    }),
    db.article.count({ where }),
  ]);
  return { items: rows.map((row) => ({ ...row, date: isoDate(row.date) })), total, pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

export interface ArticleForEdit {
  id: number;
  version: number;
  status: ArticleStatus;
  kind: ArticleKind;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  reporters: string[];
  date: string;
  body: string;
  pageId: number | null;
  page: { id: number; date: string; fileName: string } | null;
  officials: string[];
  topics: string[];
  updatedAt: Date;
}

export async function getArticleForEdit(id: number): Promise<ArticleForEdit | null> {
  const row = await db.article.findUnique({
    where: { id },
    select: {
      id: true, version: true, status: true, kind: true, kicker: true, title: true, subtitle: true, reporters: true,
      date: true, body: true, pageId: true, updatedAt: true,
      page: { select: { id: true, date: true, fileName: true } },
      officials: { orderBy: { position: "asc" }, select: { person: { select: { name: true } } } },
      topics: { select: { topic: { select: { slug: true } } } },
    },
  });
  if (!row) return null;
  return {
    ...row,
    date: isoDate(row.date),
    page: row.page ? { ...row.page, date: isoDate(row.page.date) } : null,
    officials: row.officials.map((official) => official.person.name),
    topics: row.topics.map((entry) => entry.topic.slug),
  };
}

export interface TopicOption {
  slug: string;
  name: string;
}

export async function listTopicOptions(): Promise<TopicOption[]> {
  return db.topic.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { slug: true, name: true } });
}

/** Official names starting with or containing `q`, for the form's suggestions. */
export async function searchOfficialNames(q: string, limit = 20): Promise<string[]> {
  const people = await db.person.findMany({
    where: { kind: "official", name: { contains: q } },
    orderBy: { name: "asc" },
    take: limit,
    select: { name: true },
  });
  return people.map((person) => person.name);
}

/** The extractors' suggestions for an article's text (officials known to the archive help). */
export function suggestForText(text: ArticleText): Promise<{ officials: string[]; topics: string[] }> {
  return suggestEntities(db, text);
}
