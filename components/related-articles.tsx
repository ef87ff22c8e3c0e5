import Link from "next/link";
import { formatChineseDate, headlineOf } from "@/lib/articles/format";
import type { RelatedArticle } from "@/lib/articles/related-queries";

/** 相关文章: most shared officials and topics first, each saying what it shares. */
export function RelatedArticles({ articles }: { articles: RelatedArticle[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-articles" className="mt-10 print:hidden">
      <h2 id="related-articles" className="font-serif text-lg font-bold">
        相关文章
      </h2>
      <ul className="mt-2 divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-800 dark:border-stone-800">
        {articles.map((article) => (
          <li key={article.id} className="py-3">
            {article.kicker && <p className="text-xs text-stone-500 dark:text-stone-400">{article.kicker}</p>}
            <Link href={`/articles/${article.id}`} className="font-serif font-bold hover:text-paper-red hover:underline">
              {headlineOf(article)}
            </Link>
            <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">
              <time dateTime={article.date}>{formatChineseDate(article.date)}</time>
              {article.sharedOfficials.length > 0 && <span className="ml-2">同提及 {article.sharedOfficials.join("、")}</span>}
              {article.sharedTopics.length > 0 && <span className="ml-2">同属 {article.sharedTopics.join("、")}</span>}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
