// How the sitemap splits into files of at most 50,000 URLs (pure).
//
// Articles and people are chunked by id range on their primary keys: a chunk's query is one
// index range scan whatever the archive's size, and a chunk's URL keeps listing the same rows as
// the archive grows (gaps from drafts and deletions only make a chunk smaller, never larger).

/** The sitemaps protocol's limit per file. */
export const URLS_PER_SITEMAP = 50_000;

export type SitemapChunk =
  | { kind: "sections" }
  | { kind: "articles" | "people"; /** inclusive id range */ firstId: number; lastId: number };

export interface SitemapBounds {
  maxArticleId: number;
  maxPersonId: number;
}

const chunkCount = (maxId: number) => Math.ceil(Math.max(0, maxId) / URLS_PER_SITEMAP);

/** Ids of every sitemap file: "sections" (lists and topics), then "people-N" and "articles-N". */
export function sitemapIds({ maxArticleId, maxPersonId }: SitemapBounds): string[] {
  const numbered = (prefix: string, maxId: number) => Array.from({ length: chunkCount(maxId) }, (_, index) => `${prefix}-${index}`);
  return ["sections", ...numbered("people", maxPersonId), ...numbered("articles", maxArticleId)];
}

export function parseSitemapId(id: string): SitemapChunk | null {
  if (id === "sections") return { kind: "sections" };
  const match = /^(articles|people)-(0|[1-9]\d{0,4})$/.exec(id);
  if (!match) return null;
  const index = Number(match[2]);
  return { kind: match[1] as "articles" | "people", firstId: index * URLS_PER_SITEMAP + 1, lastId: (index + 1) * URLS_PER_SITEMAP };
}
