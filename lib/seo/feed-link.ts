// <link rel="alternate" type="application/rss+xml"> entries for a page's metadata (pure).
import type { Metadata } from "next";
import { feedHref, feedTitle } from "@/lib/feed/article-feed";
import type { ArticleFilters } from "@/lib/articles/filters";

type Alternates = NonNullable<Metadata["alternates"]>;

/** The feed of these filters (all articles by default), named like the feed's channel. */
export function feedAlternates(filters: Partial<ArticleFilters> = {}, labels: string[] = []): Alternates["types"] {
  return { "application/rss+xml": [{ url: feedHref(filters), title: feedTitle(labels) }] };
}
