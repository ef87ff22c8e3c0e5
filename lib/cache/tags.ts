// Cache tags of the reader pages (pure names). Cached pages (ISR) carry the tags of the cached
// queries they render (lib/cache/cached.ts); an editor's save expires exactly the tags it touches.

/** Every page that lists or counts articles: lists, search results, archive, feeds, people and topics. */
export const LISTS_TAG = "lists";

/** The page of one article. */
export const articleTag = (id: number) => `article:${id}`;
