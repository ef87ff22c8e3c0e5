// The site's name and absolute URLs (canonical links, feeds, sitemaps, JSON-LD).
import { env } from "@/lib/env";

export const SITE_NAME = "永康日报 · 要闻档案";
export const PUBLISHER_NAME = "永康日报";

/** `path` (starting with /) on the public origin, SITE_URL. */
export function absoluteUrl(path: string, origin: string = env.SITE_URL): string {
  return `${origin}${path}`;
}
