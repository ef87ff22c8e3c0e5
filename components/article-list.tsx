import type { ArticleSummary } from "@/lib/articles/queries";
import { ArticleCard } from "./article-card";

export function ArticleList({ articles, headingLevel = 2 }: { articles: ArticleSummary[]; headingLevel?: 2 | 3 }) {
  return (
    <div className="border-t border-stone-200 dark:border-stone-800">
      {articles.map((article) => (
        <ArticleCard key={article.id} article={article} headingLevel={headingLevel} />
      ))}
    </div>
  );
}

export function ArticleListSkeleton() {
  return (
    <div aria-busy="true" aria-label="正在载入文章" className="animate-pulse border-t border-stone-200 dark:border-stone-800">
      {[0, 1, 2, 3].map((index) => (
        <div key={index} className="space-y-3 border-b border-stone-200 py-5 dark:border-stone-800">
          <div className="h-3 w-1/3 rounded bg-stone-200 dark:bg-stone-800" />
          <div className="h-5 w-2/3 rounded bg-stone-300 dark:bg-stone-700" />
          <div className="h-3 w-full rounded bg-stone-200 dark:bg-stone-800" />
          <div className="h-3 w-5/6 rounded bg-stone-200 dark:bg-stone-800" />
        </div>
      ))}
    </div>
  );
}
