// The OCR'd page an article was cut from, for the 原文 view.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { ArticleKind } from "@/lib/generated/prisma/enums";

export interface ArticleSource {
  id: number;
  kind: ArticleKind;
  title: string | null;
  /** YYYY-MM-DD of the article. */
  date: string;
  page: { date: string; fileName: string; rawText: string };
  span: [number, number] | null;
}

/** A published article's page with its span, or null (no such article, or entered by an editor without a page). */
export const getArticleSource = cache(async (id: number): Promise<ArticleSource | null> => {
  const row = await db.article.findFirst({
    where: { id, status: "published" },
    select: { id: true, kind: true, title: true, date: true, spanStart: true, spanEnd: true, page: { select: { date: true, fileName: true, rawText: true } } },
  });
  if (!row?.page) return null;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    date: row.date.toISOString().slice(0, 10),
    page: { date: row.page.date.toISOString().slice(0, 10), fileName: row.page.fileName, rawText: row.page.rawText },
    span: row.spanStart !== null && row.spanEnd !== null ? [row.spanStart, row.spanEnd] : null,
  };
});
