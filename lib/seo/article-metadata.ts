// <head> of an article page (pure): title, description, canonical URL, Open Graph, feed link.
import type { Metadata } from "next";
import { headlineOf } from "@/lib/articles/format";
import { leadOf } from "@/lib/articles/lead";
import type { ArticleDetail } from "@/lib/articles/queries";
import { feedAlternates } from "./feed-link";
import { SITE_NAME } from "./site";

export function articleMetadata(article: ArticleDetail): Metadata {
  const title = headlineOf(article);
  const description = leadOf(article.paragraphs.join("\n\n")) || [article.kicker, title, article.subtitle].filter(Boolean).join(" ");
  const canonical = `/articles/${article.id}`;
  return {
    title,
    description,
    alternates: { canonical, types: feedAlternates() },
    openGraph: {
      type: "article",
      siteName: SITE_NAME,
      locale: "zh_CN",
      url: canonical,
      title,
      description,
      publishedTime: `${article.date}T00:00:00+08:00`,
      modifiedTime: article.updatedAt,
      authors: article.bylines.map((byline) => byline.name),
      tags: article.topics.map((topic) => topic.name),
    },
  };
}
