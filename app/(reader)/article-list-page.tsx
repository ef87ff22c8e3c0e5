import { Suspense } from "react";
import { ArticleListSkeleton } from "@/components/article-list";
import { parseArticleFilters, type RawParams } from "@/lib/articles/filters";
import { ArticleResults } from "./article-results";

/** The article list for one set of URL parameters: served at `/` and, cached, at `/l/[state]`. */
export function ArticleListPage({ params }: { params: RawParams }) {
  const parsed = parseArticleFilters(params);
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">{parsed.filters.q ? "搜索结果" : "头版要闻"}</h1>
      <Suspense key={JSON.stringify(parsed)} fallback={<ArticleListSkeleton />}>
        <ArticleResults parsed={parsed} />
      </Suspense>
    </div>
  );
}
