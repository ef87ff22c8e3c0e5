// Cache tags of the reader pages (pure names). Cached pages (ISR) carry the tags of the cached
// queries they render (lib/cache/cached.ts); an editor's save expires exactly the tags it touches.
import { createHash } from "node:crypto";

/** Next drops (with a warning) tags longer than this; see NEXT_CACHE_TAG_MAX_LENGTH. */
const MAX_TAG_LENGTH = 256;

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
export const officialTag = (slug: string) => boundedTag("official", slug);
export const topicTag = (slug: string) => boundedTag("topic", slug);
export const reporterTag = (slug: string) => boundedTag("reporter", slug);

/**
 * `kind:slug`, or `kind:#<hash of slug>` when that is too long for Next (an address naming a
 * person who does not exist can carry kilobytes): the same slug always gives the same tag.
 */
function boundedTag(kind: string, slug: string): string {
  const tag = `${kind}:${slug}`;
  return tag.length <= MAX_TAG_LENGTH ? tag : `${kind}:#${createHash("sha256").update(slug).digest("hex")}`;
}
