// How to cite an article (pure): 陈晓苏：《群策群力 合力攻坚》，《永康日报》2022年8月2日。
import { formatChineseDate, KIND_LABELS } from "./format";
import type { ArticleKindFilter } from "./filters";

export interface CitableArticle {
  kind: ArticleKindFilter;
  title: string | null;
  /** YYYY-MM-DD printed with the article. */
  date: string;
  bylines: { name: string }[];
  /** The issue the article appeared in: cite its date when the article came from a page. */
  source: { pageDate: string } | null;
}

export const PAPER = "永康日报";

export function formatCitation(article: CitableArticle): string {
  const authors = [...new Set(article.bylines.map((byline) => byline.name))].join("、");
  // Photo captions print no headline: name the kind instead of inventing a title.
  const work = article.title ? `《${article.title}》` : KIND_LABELS[article.kind];
  const issueDate = formatChineseDate(article.source?.pageDate ?? article.date);
  return `${authors ? `${authors}：` : ""}${work}，《${PAPER}》${issueDate}。`;
}
