// The sitemap index at /sitemap.xml (pure): one <sitemap> per file of URLs.
import { escapeXml } from "@/lib/feed/xml";

export function buildSitemapIndex(sitemapUrls: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemapUrls.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`),
    "</sitemapindex>",
    "",
  ].join("\n");
}

/** Where Next serves the sitemap file with this id (app/sitemaps/sitemap.ts with generateSitemaps). */
export const sitemapPath = (id: string) => `/sitemaps/sitemap/${id}.xml`;
