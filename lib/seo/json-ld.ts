// Structured data for search engines (pure): schema.org NewsArticle, serialised safely into HTML.
import { headlineOf } from "@/lib/articles/format";
import { leadOf } from "@/lib/articles/lead";
import type { ArticleDetail } from "@/lib/articles/queries";
import { PUBLISHER_NAME } from "./site";

/** Google shows at most this many characters of a headline. */
const MAX_HEADLINE = 110;

export function newsArticleJsonLd(article: ArticleDetail, origin: string): Record<string, unknown> {
  const url = `${origin}/articles/${article.id}`;
  // The kicker (引题) above and the subtitle (副题) below the title.
  const secondary = [article.kicker, article.subtitle].filter(Boolean).join(" ");
  const publisher = { "@type": "NewsMediaOrganization", name: PUBLISHER_NAME, url: origin };
  const authors = article.bylines.map((byline) => ({
    "@type": "Person",
    name: byline.name,
    ...(byline.reporterSlug && { url: `${origin}/reporters/${encodeURIComponent(byline.reporterSlug)}` }),
  }));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: headlineOf(article).slice(0, MAX_HEADLINE),
    ...(secondary && { alternativeHeadline: secondary }),
    description: leadOf(article.paragraphs.join("\n\n")),
    datePublished: `${article.date}T00:00:00+08:00`,
    dateModified: article.updatedAt,
    author: authors.length > 0 ? authors : [publisher],
    publisher,
    inLanguage: "zh-CN",
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    ...(article.topics.length > 0 && { keywords: article.topics.map((topic) => topic.name) }),
    ...(article.officials.length > 0 && { mentions: article.officials.map((official) => ({ "@type": "Person", name: official.name })) }),
  };
}

const UNSAFE_IN_SCRIPT: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/**
 * JSON for a <script type="application/ld+json">: `<` is written \u003c so article text such as
 * "</script>" cannot end the element (and `>`, `&`, U+2028/2029 likewise), still the same JSON.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => UNSAFE_IN_SCRIPT[char] ?? char);
}
