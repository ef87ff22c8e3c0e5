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
