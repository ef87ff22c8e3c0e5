// How article data reads in Chinese: kinds and dates (pure; shared by pages, components and queries).
import type { ArticleKindFilter } from "./filters";

export const KIND_LABELS: Record<ArticleKindFilter, string> = { news: "新闻", commentary: "评论", photo: "图片新闻" };

/** 2022-08-02 → 2022年8月2日 */
export function formatChineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}

/** 2022-08-02 → 2022年8月 */
export function formatChineseMonth(isoDate: string): string {
  const [year, month] = isoDate.split("-").map(Number);
  return `${year}年${month}月`;
}

/** Label of a date range as readers picked it: 2022年, 2022年8月, or from/to dates. */
export function formatDateRange(range: { from?: string; to?: string; year?: number; month?: number }): string | null {
  if (range.year) return range.month ? `${range.year}年${range.month}月` : `${range.year}年`;
  if (range.from && range.to) return `${formatChineseDate(range.from)} 至 ${formatChineseDate(range.to)}`;
  if (range.from) return `${formatChineseDate(range.from)} 起`;
  if (range.to) return `至 ${formatChineseDate(range.to)}`;
  return null;
}

/** The headline to show and link: the title, else (photo captions print none) the kind. */
export function headlineOf(article: { title: string | null; kind: ArticleKindFilter }): string {
  return article.title ?? KIND_LABELS[article.kind];
}
