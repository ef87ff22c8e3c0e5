import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/seo/site";

// SITE_URL is read when the server runs, not baked in at build time.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api/admin"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
