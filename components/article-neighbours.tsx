import Link from "next/link";
import type { AdjacentArticles, ArticleLink } from "@/lib/articles/adjacent-queries";
import { formatChineseDate, headlineOf } from "@/lib/articles/format";

function Neighbour({ article, direction }: { article: ArticleLink | null; direction: "previous" | "next" }) {
  const label = direction === "previous" ? "上一篇" : "下一篇";
  const align = direction === "previous" ? "" : "sm:text-right";
  if (!article) {
    return (
      <p className={`text-sm text-stone-500 dark:text-stone-400 ${align}`}>
        {label}：{direction === "previous" ? "这是档案中最早的一篇" : "这是档案中最新的一篇"}
      </p>
    );
  }
  return (
    <Link
      href={`/articles/${article.id}`}
      rel={direction === "previous" ? "prev" : "next"}
      className={`group block rounded-sm border border-stone-200 p-3 hover:border-paper-red dark:border-stone-800 ${align}`}
    >
      <span className="block text-sm text-stone-500 dark:text-stone-400">
        {direction === "previous" ? `← ${label}` : `${label} →`} · <time dateTime={article.date}>{formatChineseDate(article.date)}</time>
      </span>
      <span className="mt-1 block font-serif font-bold group-hover:text-paper-red">{headlineOf(article)}</span>
    </Link>
  );
}

/** 上一篇 (older) and 下一篇 (newer) in reading order: date, then the order on the page. */
export function ArticleNeighbours({ adjacent }: { adjacent: AdjacentArticles }) {
  return (
    <nav aria-label="上一篇和下一篇" className="mt-10 grid gap-3 sm:grid-cols-2 print:hidden">
      <Neighbour article={adjacent.previous} direction="previous" />
      <Neighbour article={adjacent.next} direction="next" />
    </nav>
  );
}
