import { sitemapIds } from "@/lib/seo/sitemap-chunks";
import { buildSitemapIndex, sitemapPath } from "@/lib/seo/sitemap-index";
import { getSitemapBounds } from "@/lib/seo/sitemap-queries";
import { absoluteUrl } from "@/lib/seo/site";

export const dynamic = "force-dynamic";

// GET /sitemap.xml – the sitemap index: Next's generateSitemaps writes the files but no index.
export async function GET() {
  const ids = sitemapIds(await getSitemapBounds());
  return new Response(buildSitemapIndex(ids.map((id) => absoluteUrl(sitemapPath(id)))), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
