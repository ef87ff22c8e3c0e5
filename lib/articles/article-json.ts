// The JSON shape of GET /api/articles/[id] (pure): the whole article and where it sits on its page.
import { formatCitation } from "./citation";
import type { ArticleDetail } from "./queries";

export interface ArticleJson {
  id: number;
  kind: string;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  date: string;
  bylines: { name: string; role: string | null; organization: string | null }[];
  /** Journalists the archive knows (the bylines that link to /reporters/[name]). */
  reporters: string[];
  paragraphs: string[];
  officials: {
    name: string;
    slug: string;
    /** As this article prints them. */
    titles: string[];
    jurisdiction: string;
    /** Only when the article prints no titles: those of the nearest dated article that does. */
    nearestTitles: { titles: string[]; jurisdiction: string; date: string; articleId: number } | null;
  }[];
  topics: { slug: string; name: string }[];
  citation: string;
  url: string;
  updatedAt: string;
  /** The OCR'd page the article was cut from; null for articles entered by editors. */
  page: { id: number; date: string; fileName: string; span: [number, number] | null; url: string } | null;
}

export function toArticleJson(article: ArticleDetail, origin: string): ArticleJson {
  const url = `${origin}/articles/${article.id}`;
  return {
    id: article.id,
    kind: article.kind,
    kicker: article.kicker,
    title: article.title,
    subtitle: article.subtitle,
    date: article.date,
    bylines: article.bylines.map(({ name, role, organization }) => ({ name, role, organization })),
    reporters: article.bylines.flatMap((byline) => (byline.reporterSlug ? [byline.name] : [])),
    paragraphs: article.paragraphs,
    officials: article.officials.map(({ name, slug, titles, jurisdiction, nearestTitles }) => ({ name, slug, titles, jurisdiction, nearestTitles })),
    topics: article.topics,
    citation: formatCitation(article),
    url,
    updatedAt: article.updatedAt,
    page: article.source
      ? { id: article.source.pageId, date: article.source.pageDate, fileName: article.source.fileName, span: article.source.span, url: `${url}/source` }
      : null,
  };
}
