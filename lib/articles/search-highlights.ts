// What a search result shows of an article (pure): its headline with the terms marked and the
// passage of the body that matches best. Plain-text segments only: the UI wraps matches in <mark>.
import { buildSnippet, highlightText, type TextSegment } from "@/lib/search/snippet";

export interface ArticleHighlights {
  kicker: TextSegment[] | null;
  title: TextSegment[] | null;
  subtitle: TextSegment[] | null;
  snippet: TextSegment[];
}

interface HighlightSource {
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  body: string;
}

export function highlightArticle(article: HighlightSource, terms: readonly string[]): ArticleHighlights {
  const mark = (text: string | null) => (text === null ? null : highlightText(text, terms));
  return { kicker: mark(article.kicker), title: mark(article.title), subtitle: mark(article.subtitle), snippet: buildSnippet(article.body, terms) };
}
