import { ArticleCard } from "@/components/article-card";
import type { IssuePage } from "@/lib/archive/queries";

/** Heading of one page's group; only shown when the issue has more than one group. */
function groupTitle(page: IssuePage, index: number): string {
  return page.pageId === null ? "单独录入的文章" : `第 ${index + 1} 个版面`;
}

/** An issue's articles, page by page, each page's in the order it prints them. */
export function IssuePages({ pages }: { pages: IssuePage[] }) {
  const isSingle = pages.length === 1;
  return (
    <div className="mt-6 space-y-8">
      {pages.map((page, index) => (
        <section key={page.pageId ?? "pageless"} aria-labelledby={isSingle ? undefined : `issue-page-${index}`} aria-label={isSingle ? "本期文章" : undefined}>
          {!isSingle && (
            <h2 id={`issue-page-${index}`} className="border-b-2 border-paper-red pb-1 font-serif text-lg font-bold text-paper-red">
              {groupTitle(page, index)}
              <span className="ml-2 font-sans text-sm font-normal text-stone-600 dark:text-stone-400">{page.articles.length} 篇</span>
            </h2>
          )}
          <ol className={isSingle ? "border-t border-stone-200 dark:border-stone-800" : ""}>
            {page.articles.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} headingLevel={isSingle ? 2 : 3} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
