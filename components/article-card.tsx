import type { ArticleSummary } from "@/lib/articles/queries";

const KIND_LABELS = { news: "新闻", commentary: "评论", photo: "图片新闻" } as const;

export function ArticleCard({ article }: { article: ArticleSummary }) {
  const headline = article.title ?? KIND_LABELS[article.kind];
  return (
    <article className="border-b border-stone-200 py-4 dark:border-stone-800" aria-labelledby={`article-${article.id}`}>
      {article.kicker && <p className="text-sm text-stone-600 dark:text-stone-400">{article.kicker}</p>}
      <h2 id={`article-${article.id}`} className="font-serif text-xl font-bold leading-snug">
        {headline}
      </h2>
      {article.subtitle && <p className="mt-1 text-stone-700 dark:text-stone-300">{article.subtitle}</p>}
      <p className="mt-2 text-sm text-stone-500 dark:text-stone-400">
        <time dateTime={article.date}>{formatChineseDate(article.date)}</time>
        {article.kind !== "news" && <span className="ml-2">{KIND_LABELS[article.kind]}</span>}
        {article.reporters.length > 0 && <span className="ml-2">记者 {article.reporters.join("、")}</span>}
      </p>
      <p className="mt-2 leading-7 text-stone-800 dark:text-stone-200">{article.lead}</p>
    </article>
  );
}

export function formatChineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return `${year}年${month}月${day}日`;
}
