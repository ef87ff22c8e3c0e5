// Which reader and admin pages show an article: refreshed after every change, so readers
// see an edit at once.
import { revalidatePath, revalidateTag, updateTag } from "next/cache";
import { articleTag, FACETS_TAG, LISTS_TAG, officialTag, reporterTag, topicTag } from "@/lib/cache/tags";
import type { AffectedSlugs } from "./article-store";

const READER_INDEXES = ["/", "/officials", "/topics", "/reporters"];

export function revalidateArticlePages({ id, slugs }: { id: number; slugs: AffectedSlugs }): void {
  // Server actions only: updateTag expires at once, so the editor (and everyone) reads the saved text.
  updateTag(articleTag(id));
  updateTag(LISTS_TAG);
  revalidateTag(FACETS_TAG, "max");
  for (const slug of slugs.officials) updateTag(officialTag(slug));
  for (const slug of slugs.reporters) updateTag(reporterTag(slug));
  for (const slug of slugs.topics) updateTag(topicTag(slug));
  for (const path of READER_INDEXES) revalidatePath(path);
  revalidatePath("/admin");
  revalidatePath(`/admin/articles/${id}`);
  revalidatePath(`/admin/articles/${id}/history`);
}

/** After an import: any list, person or topic page may show the new articles. */
export function revalidateAllReaderPages(): void {
  updateTag(LISTS_TAG);
  revalidateTag(FACETS_TAG, "max");
  revalidatePath("/", "layout");
}

/** Past this many articles, refreshing every reader page is cheaper than listing them. */
const MAX_LISTED_ARTICLES = 200;

/**
 * After an official was renamed, merged, retitled or turned into a journalist: the official
 * pages (old and new slug), every article naming them, the indexes and the admin screens.
 */
export function revalidateOfficialChange({ slugs, articleIds }: { slugs: readonly string[]; articleIds: readonly number[] }): void {
  if (articleIds.length > MAX_LISTED_ARTICLES) revalidateAllReaderPages();
  else {
    // List cards and facets name the officials.
    updateTag(LISTS_TAG);
    revalidateTag(FACETS_TAG, "max");
    for (const path of READER_INDEXES) revalidatePath(path);
    for (const id of articleIds) {
      updateTag(articleTag(id));
      revalidatePath(`/articles/${id}`);
    }
  }
  for (const slug of slugs) {
    revalidatePath(`/officials/${encodeURIComponent(slug)}`);
    revalidatePath(`/reporters/${encodeURIComponent(slug)}`);
  }
  revalidatePath("/admin");
  revalidatePath("/admin/officials", "layout");
  revalidatePath("/admin/audit");
  for (const id of articleIds.slice(0, MAX_LISTED_ARTICLES)) revalidatePath(`/admin/articles/${id}`, "layout");
}

/** After a topic's name, description or rules changed, or the rules were re-run. */
export function revalidateTopicChange({ slug, isEverywhere }: { slug?: string; isEverywhere: boolean }): void {
  // A topic's name shows on every article in it and in the list's facets.
  if (isEverywhere) revalidateAllReaderPages();
  else {
    revalidatePath("/topics");
    if (slug) revalidatePath(`/topics/${encodeURIComponent(slug)}`);
  }
  revalidatePath("/admin/topics");
  revalidatePath("/admin/audit");
}
