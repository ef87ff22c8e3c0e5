import Link from "next/link";
import type { AdminArticleRow } from "@/lib/admin/article-queries";
import { formatDateTime, KIND_LABELS, STATUS_LABELS } from "./labels";

export function ArticlesTable({ articles }: { articles: AdminArticleRow[] }) {
  if (articles.length === 0) return <p className="py-8 text-center text-stone-500">没有符合条件的文章。</p>;
  return (
    <table className="w-full border-collapse text-sm">
      <thead>
        <tr className="border-b border-stone-300 text-left dark:border-stone-700">
          <th className="py-2 pr-2">日期</th>
          <th className="py-2 pr-2">标题</th>
          <th className="py-2 pr-2">类型</th>
          <th className="py-2 pr-2">状态</th>
          <th className="py-2 pr-2">版本</th>
          <th className="py-2">最后修改</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <tr key={article.id} className="border-b border-stone-200 dark:border-stone-800">
            <td className="py-2 pr-2 whitespace-nowrap">{article.date}</td>
            <td className="py-2 pr-2">
              <Link href={`/admin/articles/${article.id}`} className="text-paper-red hover:underline">
                {article.title ?? `（无标题${KIND_LABELS[article.kind]}）`}
              </Link>
            </td>
            <td className="py-2 pr-2 whitespace-nowrap">{KIND_LABELS[article.kind]}</td>
            <td className="py-2 pr-2 whitespace-nowrap">{STATUS_LABELS[article.status]}</td>
            <td className="py-2 pr-2">{article.version}</td>
            <td className="py-2 whitespace-nowrap text-stone-500">{formatDateTime(article.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
