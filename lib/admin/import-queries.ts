// What the paste-a-page screen reads: the extractors' settings and whether a page exists.
import "server-only";
import { db } from "@/lib/db/client";
import type { AnalyzeOptions } from "@/lib/ingest/analyze-article";
import { prepareAnalyzeOptions } from "@/lib/ingest/analyze-options";

/** Known officials and topic rules (adds the default topics to a database that lacks them). */
export function loadAnalyzeOptions(): Promise<AnalyzeOptions> {
  return prepareAnalyzeOptions(db);
}

export interface PageOnDate {
  id: number;
  fileName: string;
  articleCount: number;
}

/** The pages already stored for a date: pasting a corrected page under a new name would duplicate them. */
export async function listPagesOn(date: string): Promise<PageOnDate[]> {
  const pages = await db.page.findMany({
    where: { date: new Date(`${date}T00:00:00Z`) },
    orderBy: { fileName: "asc" },
    select: { id: true, fileName: true, _count: { select: { articles: true } } },
  });
  return pages.map(({ _count, ...page }) => ({ ...page, articleCount: _count.articles }));
}
