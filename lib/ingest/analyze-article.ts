// Adds what the extractors find to parsed articles: the officials named and the topics (pure).
import { extractOfficials, type OfficialMention } from "@/lib/officials/extract-officials";
import type { TopicScore } from "./link-entities";
import type { ParsedArticle, ParsedPage } from "./types";

export interface AnalyzedArticle extends ParsedArticle {
  officials: OfficialMention[];
  topics: TopicScore[];
}

export interface ArticleText {
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  body: string;
}

export interface AnalyzeOptions {
  /** Officials the archive already knows; they help recognise bare mentions. */
  knownNames?: readonly string[];
  /** Rule-based topic classifier; none → no topics. */
  classifyTopics?: (article: ArticleText) => TopicScore[];
}

/** The article's headline lines and paragraphs, one per line, as the extractors read them. */
export function articleFullText(article: ArticleText): string {
  return [article.kicker, article.title, article.subtitle, article.body].filter(Boolean).join("\n");
}

export function analyzeArticle(article: ParsedArticle, options: AnalyzeOptions = {}): AnalyzedArticle {
  const text: ArticleText = { kicker: article.kicker, title: article.title, subtitle: article.subtitle, body: article.paragraphs.join("\n\n") };
  return {
    ...article,
    officials: extractOfficials(articleFullText(text), { knownNames: options.knownNames }),
    topics: options.classifyTopics?.(text) ?? [],
  };
}

export function analyzePage(page: ParsedPage, options: AnalyzeOptions = {}): { articles: AnalyzedArticle[]; unassigned: ParsedPage["unassigned"] } {
  return { articles: page.articles.map((article) => analyzeArticle(article, options)), unassigned: page.unassigned };
}
