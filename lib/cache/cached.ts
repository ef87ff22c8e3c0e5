// A query cached across requests in Next's cache, under tags that editors' saves expire
// (lib/admin/revalidate.ts). Results must be plain JSON: dates as strings, no Maps.
import "server-only";
import { unstable_cache } from "next/cache";

/** Seconds a cached query (and the ISR page rendering it) may be served before it is re-run. */
export const CACHE_SECONDS = 300;

export function cachedQuery<Args extends unknown[], Result>(name: string, query: (...args: Args) => Promise<Result>, tagsFor: (args: NoInfer<Args>) => string[]): (...args: Args) => Promise<Result> {
  return (...args: Args) => unstable_cache(() => query(...args), [name, JSON.stringify(args)], { tags: tagsFor(args), revalidate: CACHE_SECONDS })();
}
