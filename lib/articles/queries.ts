// Reads of published articles for the reader pages.
import "server-only";
import { db } from "@/lib/db/client";
import type { ArticleKind } from "@/lib/generated/prisma/enums";

export interface ArticleSummary {
  id: number;
  kind: ArticleKind;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  date: string;
  reporters: string[];
  lead: string;
}

const LEAD_LENGTH = 120;

export const PAGE_SIZE = 20;

/** The newest published articles, newest first (articles of one page in page order). */
export async function listLatestArticles(limit = PAGE_SIZE): Promise<ArticleSummary[]> {
  const rows = await db.article.findMany({
    where: { status: "published" },
    orderBy: [{ date: "desc" }, { pageId: "asc" }, { position: "asc" }, { id: "desc" }],
    take: limit,
    select: { id: true, kind: true, kicker: true, title: true, subtitle: true, date: true, reporters: true, body: true },
  });
  return rows.map(({ body, date, ...row }) => ({
    ...row,
    date: date.toISOString().slice(0, 10),
    lead: leadOf(body),
  }));
}

/** The first paragraph, cut at a sentence end when possible. */
export function leadOf(body: string): string {
  const first = body.split("\n\n", 1)[0] ?? "";
  if (first.length <= LEAD_LENGTH) return first;
  const cut = first.slice(0, LEAD_LENGTH);
  const sentenceEnd = cut.lastIndexOf("。");
  return sentenceEnd > 40 ? cut.slice(0, sentenceEnd + 1) : `${cut}…`;
}
