// Cache tags of the reader pages (pure names). Cached pages (ISR) carry the tags of the cached
// queries they render (lib/cache/cached.ts); an editor's save expires exactly the tags it touches.

/** Every page that lists or counts articles: lists, search results, archive, feeds, people and topics. */
export const LISTS_TAG = "lists";

/**
 * The counts beside a list (facets): refreshed in the background after an edit (stale-while-revalidate),
 * since counting the archive is the slow part of a list and a count one edit behind misleads no one.
 */
export const FACETS_TAG = "facets";

/** The page of one article. */
export const articleTag = (id: number) => `article:${id}`;

/** The pages of one official, topic or journalist (their profile and its article pages). */
export const officialTag = (slug: string) => `official:${slug}`;
export const topicTag = (slug: string) => `topic:${slug}`;
export const reporterTag = (slug: string) => `reporter:${slug}`;
