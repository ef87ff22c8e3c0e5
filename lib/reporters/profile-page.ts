// Everything a journalist's page shows, for one page of their articles, cached under their tag.
import "server-only";
import type { ArticlePage } from "@/lib/articles/queries";
import { cachedQuery } from "@/lib/cache/cached";
import { reporterTag } from "@/lib/cache/tags";
import { countArticlesPerMonth } from "@/lib/stats/queries";
import type { MonthCount } from "@/lib/stats/series";
import { getReporter, listReporterArticles, type ReporterProfile } from "./queries";

export interface ReporterPageData {
  reporter: ReporterProfile;
  articles: ArticlePage;
  months: MonthCount[];
}

async function loadReporterPage(slug: string, page: number): Promise<ReporterPageData | null> {
  const reporter = await getReporter(slug);
  if (!reporter) return null;
  const [articles, months] = await Promise.all([listReporterArticles(reporter.id, page), countArticlesPerMonth({ reporterId: reporter.id })]);
  return { reporter, articles, months };
}

export const getReporterPage = cachedQuery("reporter-page", loadReporterPage, ([slug]) => [reporterTag(slug)]);
