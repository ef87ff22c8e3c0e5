// Shapes produced by the pure ingest pipeline (decode → normalise → segment → build).
// Spans are [start, end) offsets into the page text returned by decodePage().

export type ArticleKind = "news" | "commentary" | "photo";

export interface Byline {
  /** Person's name; for an unsigned column such as 本报特约评论员 the printed signature itself. */
  name: string;
  /** Role as printed, e.g. 融媒首席记者, 记者, 特约评论员; null when none is printed. */
  role: string | null;
  /** Paper the person writes for: 本报 for this paper's own staff, else e.g. 金华日报. */
  organization: string | null;
}

export type Span = [start: number, end: number];

export interface ParsedArticle {
  kind: ArticleKind;
  kicker: string | null;
  /** Null only for photo captions, which print no headline. */
  title: string | null;
  subtitle: string | null;
  bylines: Byline[];
  /** Names of the journalists and photographers (not commentary signatures). */
  reporters: string[];
  /** YYYY-MM-DD: the dateline's month/day with the year taken from the page date. */
  date: string;
  paragraphs: string[];
  span: Span;
}

export interface UnassignedText {
  text: string;
  span: Span;
}

export interface ParsedPage {
  articles: ParsedArticle[];
  unassigned: UnassignedText[];
}
