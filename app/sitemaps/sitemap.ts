import type { MetadataRoute } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { parseSitemapId, sitemapIds } from "@/lib/seo/sitemap-chunks";
import { getSitemapBounds, listSitemapEntries } from "@/lib/seo/sitemap-queries";

// Read from the database on request, never at build time.
export const dynamic = "force-dynamic";

// /sitemaps/sitemap/[id].xml – the files /sitemap.xml (the index) lists.
export async function generateSitemaps() {
  // `next build` calls this as generateStaticParams even for a dynamic route, and there is no
  // database then; each request calls it again, so the real ids are checked when served.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return [];
  return sitemapIds(await getSitemapBounds()).map((id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const chunk = parseSitemapId(await id);
  return chunk ? listSitemapEntries(chunk) : [];
}
