// The date tokens covering the newest RECENT_WINDOWS[i] published articles, read once a minute per
// process: a broad query is first answered from these windows (see search-sql.ts).
import type { Database } from "@/lib/db/create-client";
import { dateRangeTokens } from "./filter-tokens";
import { RECENT_WINDOWS } from "./search-sql";

const TTL_MS = 60_000;

let cached: { at: number; windows: string[][] } | undefined;

/** One token list per window the archive is larger than, smallest window first. */
export async function loadRecentWindows(db: Database): Promise<string[][]> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.windows;
  const rows = await db.$queryRaw<{ size: number; from: string | null; to: string | null }[]>`
    SELECT w.size,
           (SELECT date FROM articles WHERE status = 'published' ORDER BY date DESC OFFSET w.size LIMIT 1)::text AS "from",
           (SELECT max(date) FROM articles WHERE status = 'published')::text AS "to"
      FROM unnest(${[...RECENT_WINDOWS]}::int[]) AS w(size)
     ORDER BY w.size`;
  const windows = rows.flatMap(({ from, to }) => (from && to ? [dateRangeTokens(from, to)] : []));
  cached = { at: Date.now(), windows };
  return windows;
}

/** Forgets the windows (tests that rebuild the archive). */
export function clearRecentWindowCache(): void {
  cached = undefined;
}
