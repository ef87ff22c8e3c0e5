// The article list's <head>, for `/` and its cached twin `/l/[state]` (both re-export one of these).
import type { Metadata } from "next";
import { parseArticleFilters, type RawParams } from "@/lib/articles/filters";
import { resolveArticleWhere } from "@/lib/articles/where";
import { decodeListState } from "@/lib/cache/list-state";
import { listMetadata } from "@/lib/seo/list-metadata";

async function metadataForList(params: RawParams): Promise<Metadata> {
  // Names that match nothing are left out, as the list leaves them out of its links.
  const resolved = await resolveArticleWhere(parseArticleFilters(params).filters);
  return listMetadata(resolved.filters, resolved.applied.map((filter) => filter.label));
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }): Promise<Metadata> {
  return metadataForList(await searchParams);
}

export async function generateCachedListMetadata({ params }: { params: Promise<{ state: string }> }): Promise<Metadata> {
  return metadataForList(decodeListState((await params).state));
}
