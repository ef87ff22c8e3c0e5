// <head> of the article list (pure): a title naming the filters, a canonical URL without paging
// noise, and the feed of the same filters.
import type { Metadata } from "next";
import type { ArticleFilters } from "@/lib/articles/filters";
import { listHref } from "@/lib/articles/list-href";
import { feedLabels } from "@/lib/feed/article-feed";
import { feedAlternates } from "./feed-link";
import { SITE_NAME } from "./site";

/**
 * The list's URL with the filters in one fixed order. A page number stays (page 3 shows other
 * articles than page 1), but cursors and page sizes, which only re-slice the same list, go: a
 * list opened at a cursor is a view of page one's list.
 */
export function listCanonical(filters: ArticleFilters): string {
  return listHref({ ...filters, cursor: undefined, limit: undefined, page: filters.cursor ? 1 : filters.page });
}

export function listMetadata(filters: ArticleFilters, labels: string[]): Metadata {
  const canonical = listCanonical(filters);
  const search = filters.q ? `搜索“${filters.q}”${labels.length > 0 ? `（${labels.join(" · ")}）` : ""}` : null;
  const named = search ?? (labels.length > 0 ? `${labels.join(" · ")}的文章` : null);
  const pageSuffix = filters.page > 1 && !filters.cursor ? `（第 ${filters.page} 页）` : "";
  const heading = named ?? (pageSuffix ? "头版要闻" : null);
  // Without filters or paging, the site's default title stands.
  const title = heading && `${heading}${pageSuffix}`;
  const description = filters.q
    ? `《永康日报》头版要闻中与“${filters.q}”有关的文章。`
    : named
      ? `《永康日报》头版要闻中${named}，按日期从新到旧。`
      : "《永康日报》头版要闻档案：按日期、领导、主题和记者浏览与检索。";
  return {
    ...(title && { title }),
    // Search results are endless variations of the list: crawlers may follow them, not index them.
    ...(search && { robots: { index: false, follow: true } }),
    description,
    alternates: { canonical, types: feedAlternates(filters, feedLabels(filters, labels)) },
    openGraph: { type: "website", siteName: SITE_NAME, locale: "zh_CN", url: canonical, title: title ?? SITE_NAME, description },
  };
}
