import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleForm } from "@/components/admin/article-form";
import { KIND_LABELS, STATUS_LABELS } from "@/components/admin/labels";
import { ActionButton } from "@/components/admin/status-button";
import { getArticleForEdit, listTopicOptions } from "@/lib/admin/article-queries";
import { parseIdParam } from "@/lib/admin/ids";
import { requireEditor } from "@/lib/auth/require-editor";
import { changeArticleStatusAction, suggestEntitiesAction, updateArticleAction } from "../actions";

export const metadata: Metadata = { title: "编辑文章" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  await requireEditor();
  const id = parseIdParam((await params).id);
  const isJustCreated = (await searchParams).saved === "1";
  if (id === null) notFound();
  const [article, topics] = await Promise.all([getArticleForEdit(id), listTopicOptions()]);
  if (!article) notFound();

  return (
    <section aria-labelledby="edit-heading">
      <h1 id="edit-heading" className="mb-1 font-serif text-2xl font-bold">
        编辑文章
      </h1>
      <p className="mb-4 flex flex-wrap gap-x-4 text-sm text-stone-500">
        <span>编号 {article.id}</span>
        <span>状态：{STATUS_LABELS[article.status]}</span>
        <span>第 {article.version} 版</span>
        {article.page && <span>版面：{article.page.date} {article.page.fileName}</span>}
        <Link href={`/admin/articles/${article.id}/history`} className="text-paper-red hover:underline">
          历史版本
        </Link>
        {article.status === "published" && (
          <Link href={`/articles/${article.id}`} className="text-paper-red hover:underline">
            查看读者页面
          </Link>
        )}
      </p>
      {isJustCreated && article.version === 1 && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-800 dark:bg-green-950 dark:text-green-200">
          文章已创建（{article.status === "published" ? "已发布" : "草稿"}）。
        </p>
      )}
      {article.status === "deleted" && (
        <p role="note" className="mb-4 rounded border border-stone-400 px-3 py-2 text-sm">
          这篇{KIND_LABELS[article.kind]}已删除，读者看不到。恢复后为草稿。
        </p>
      )}
      <ArticleForm
        action={updateArticleAction.bind(null, article.id)}
        suggestAction={suggestEntitiesAction}
        topicOptions={topics}
        existing={{ id: article.id, version: article.version, status: article.status }}
        defaults={{
          kind: article.kind, kicker: article.kicker ?? "", title: article.title ?? "", subtitle: article.subtitle ?? "",
          reporters: article.reporters.join("、"), date: article.date, pageId: article.pageId?.toString() ?? "", body: article.body,
          officials: article.officials, topics: article.topics,
        }}
      />
      <div className="mt-8 border-t border-stone-300 pt-4 dark:border-stone-700">
        {article.status === "deleted" ? (
          <ActionButton action={changeArticleStatusAction.bind(null, article.id, "undelete")} version={article.version} label="恢复文章" />
        ) : (
          <ActionButton action={changeArticleStatusAction.bind(null, article.id, "delete")} version={article.version} label="删除文章" />
        )}
      </div>
    </section>
  );
}
