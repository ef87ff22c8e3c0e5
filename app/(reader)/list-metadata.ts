// The article list's <head>: re-exported by page.tsx as its generateMetadata.
import type { Metadata } from "next";
import { parseArticleFilters } from "@/lib/articles/filters";
import { resolveArticleWhere } from "@/lib/articles/where";
import { listMetadata } from "@/lib/seo/list-metadata";

export async function generateMetadata({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }): Promise<Metadata> {
  // Names that match nothing are left out, as the list leaves them out of its links.
  const resolved = await resolveArticleWhere(parseArticleFilters(await searchParams).filters);
  return listMetadata(resolved.filters, resolved.applied.map((filter) => filter.label));
}
