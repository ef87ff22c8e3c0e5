// The text an article's search vector is made of (pure for a given dictionary): SQL turns it into
// setweight(to_tsvector('simple', headline), 'A') || setweight(to_tsvector('simple', body), 'B').
import { dateTokens, kindToken } from "./filter-tokens";
import { segmentWords } from "./segmenter";
import { indexTokens, isCjkChar, normalizeForSearch } from "./tokenize";

export interface SearchableArticle {
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  body: string;
  /** YYYY-MM-DD, or a Date at UTC midnight (as Prisma returns @db.Date). */
  date: string | Date;
  kind: string;
}

/** Space-separated tokens; `to_tsvector('simple', …)` numbers them 1, 2, 3… in this order. */
export interface SearchDocument {
  headline: string;
  body: string;
}

/** Shorter words are already bigrams of the index; only longer ones add something. */
const MIN_WORD_CHARS = 3;

/**
 * Per field group: the character tokens first (their positions carry phrase matching), then the
 * jieba words of three or more characters (names, places, compounds), which only lift the rank of
 * articles where a query term stands as a whole word. The body ends with the date and kind tokens.
 */
export function buildSearchDocument(article: SearchableArticle, segment: (text: string) => string[] = segmentWords): SearchDocument {
  const headline = [article.kicker, article.title, article.subtitle].filter(Boolean).join("\n");
  const date = typeof article.date === "string" ? article.date : article.date.toISOString().slice(0, 10);
  return {
    headline: fieldText(headline, segment),
    body: [fieldText(article.body, segment), ...dateTokens(date), kindToken(article.kind)].filter(Boolean).join(" "),
  };
}

function fieldText(text: string, segment: (text: string) => string[]): string {
  const words = segment(normalizeForSearch(text)).filter((word) => [...word].length >= MIN_WORD_CHARS && [...word].every(isCjkChar));
  return [...indexTokens(text), ...words].join(" ");
}
