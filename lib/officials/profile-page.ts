// Everything an official's page shows, for one page of their articles, cached under their tag
// (an edit naming them expires it: lib/admin/revalidate.ts).
import "server-only";
import type { ArticlePage } from "@/lib/articles/queries";
import { cachedQuery } from "@/lib/cache/cached";
import { officialTag } from "@/lib/cache/tags";
import { countArticlesPerMonth } from "@/lib/stats/queries";
import type { MonthCount } from "@/lib/stats/series";
import { getCoAppearanceNetwork, type CoAppearanceNetwork } from "./co-appearance";
import { getOfficial, listOfficialArticles, type OfficialProfile } from "./queries";

export interface OfficialPageData {
  official: OfficialProfile;
  articles: ArticlePage;
  months: MonthCount[];
  network: CoAppearanceNetwork;
}

async function loadOfficialPage(slug: string, page: number): Promise<OfficialPageData | null> {
  const official = await getOfficial(slug);
  if (!official) return null;
  const [articles, months, network] = await Promise.all([
    listOfficialArticles(official.id, page),
    countArticlesPerMonth({ officialId: official.id }),
    getCoAppearanceNetwork(official.id),
  ]);
  return { official, articles, months, network };
}

export const getOfficialPage = cachedQuery("official-page", loadOfficialPage, ([slug]) => [officialTag(slug)]);
