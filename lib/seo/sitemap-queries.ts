// What the sitemap lists: the lists and topics, people with published articles, published articles.
import "server-only";
import { db } from "@/lib/db/client";
import type { SitemapBounds, SitemapChunk } from "./sitemap-chunks";
import { absoluteUrl } from "./site";

export interface SitemapEntry {
  url: string;
  lastModified?: Date;
}

const SECTIONS = ["/", "/officials", "/topics", "/reporters"];

/** Largest ids, from the primary key indexes. */
export async function getSitemapBounds(): Promise<SitemapBounds> {
  const [articles, people] = await Promise.all([db.article.aggregate({ _max: { id: true } }), db.person.aggregate({ _max: { id: true } })]);
  return { maxArticleId: articles._max.id ?? 0, maxPersonId: people._max.id ?? 0 };
}

export async function listSitemapEntries(chunk: SitemapChunk): Promise<SitemapEntry[]> {
  if (chunk.kind === "sections") {
    const topics = await db.topic.findMany({ where: { articles: { some: { article: { status: "published" } } } }, orderBy: { position: "asc" }, select: { slug: true } });
    return [...SECTIONS, ...topics.map((topic) => `/topics/${encodeURIComponent(topic.slug)}`)].map((path) => ({ url: absoluteUrl(path) }));
  }
  const ids = { gte: chunk.firstId, lte: chunk.lastId };
  if (chunk.kind === "articles") {
    const articles = await db.article.findMany({ where: { id: ids, status: "published" }, orderBy: { id: "asc" }, select: { id: true, updatedAt: true } });
    return articles.map((article) => ({ url: absoluteUrl(`/articles/${article.id}`), lastModified: article.updatedAt }));
  }
  const published = { some: { article: { status: "published" as const } } };
  const people = await db.person.findMany({
    where: { id: ids, OR: [{ kind: "official", mentions: published }, { kind: "journalist", bylines: published }] },
    orderBy: { id: "asc" },
    select: { slug: true, kind: true },
  });
  return people.map((person) => ({ url: absoluteUrl(`/${person.kind === "official" ? "officials" : "reporters"}/${encodeURIComponent(person.slug)}`) }));
}
