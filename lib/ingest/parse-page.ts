// Entry points of the pure ingest pipeline: decoded page text → articles + leftovers.
import { buildSegment } from "./build-article";
import { parseIsoDate } from "./dates";
import { decodePage } from "./decode";
import { IngestError } from "./errors";
import { splitLines } from "./lines";
import { segmentPage } from "./segment-page";
import type { ParsedArticle, ParsedPage, UnassignedText } from "./types";

export interface ArticleTrace {
  /**
   * The article's byline as printed, piece by piece (`□融媒首席记者 陈晓苏`, `本报讯`,
   * `（金华日报记者 楼盼 融媒首席记者 陈晓苏）`, `融媒记者 卢斌 摄`, `本报特约评论员`),
   * cleaned. Together with the article fields and `unassigned` it accounts for every
   * character of the page.
   */
  bylineSource: string[];
}

export interface TracedPage {
  page: ParsedPage;
  /** One entry per article, same order. */
  traces: ArticleTrace[];
}

/**
 * Parses a page and also returns what was consumed as byline text. Never throws on any
 * text; throws RangeError when `pageDate` is not a real YYYY-MM-DD date.
 */
export function parsePageTraced(text: string, pageDate: string): TracedPage {
  const page = parseIsoDate(pageDate);
  if (page === null) throw new RangeError(`page date must be a real YYYY-MM-DD date, got ${JSON.stringify(pageDate)}`);
  const lines = splitLines(text);
  const consumed = new Uint8Array(lines.length);
  const articles: ParsedArticle[] = [];
  const traces: ArticleTrace[] = [];
  for (const segment of segmentPage(lines)) {
    const built = buildSegment(lines, segment, page);
    if (built.article === null) continue;
    articles.push(built.article);
    traces.push({ bylineSource: built.bylineSource });
    consumed.fill(1, built.first, built.last + 1);
  }
  const unassigned: UnassignedText[] = [];
  lines.forEach((line, i) => {
    if (consumed[i] === 0) unassigned.push({ text: line.text, span: [line.start, line.end] });
  });
  return { page: { articles, unassigned }, traces };
}

/**
 * Parses the text of one front page (as returned by decodePage) into its articles.
 * Text that belongs to no article (teasers for other pages, stray fragments) is returned
 * line by line in `unassigned`. Spans are [start, end) offsets into `text`.
 */
export function parsePage(text: string, pageDate: string): ParsedPage {
  return parsePageTraced(text, pageDate).page;
}

/** Decodes and parses a page file; throws IngestError (…, 'NO_ARTICLES' when none is found). */
export function parsePageFile(bytes: Uint8Array, fileName: string, pageDate: string): ParsedPage & { text: string } {
  const text = decodePage(bytes, fileName);
  const parsed = parsePage(text, pageDate);
  if (parsed.articles.length === 0) {
    throw IngestError.forFile("NO_ARTICLES", fileName, "no article found (no byline such as 本报讯 or □…记者, no commentary signature, no photo credit, no body followed by a headline)");
  }
  return { ...parsed, text };
}
