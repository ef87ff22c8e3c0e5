import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/components/admin/labels";
import { RevisionDiff } from "@/components/admin/revision-diff";
import { ActionButton } from "@/components/admin/status-button";
import { getArticleForEdit } from "@/lib/admin/article-queries";
import { parseIdParam } from "@/lib/admin/ids";
import { listRevisions } from "@/lib/admin/revision-queries";
import { changedFields, type ArticleSnapshot } from "@/lib/articles/revisions";
import { requireEditor } from "@/lib/auth/require-editor";
import { revertArticleAction } from "../../actions";

export const metadata: Metadata = { title: "历史版本" };

export default async function ArticleHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  await requireEditor();
  const id = parseIdParam((await params).id);
  if (id === null) notFound();
  const [article, revisions] = await Promise.all([getArticleForEdit(id), listRevisions(id)]);
  if (!article) notFound();

  return (
    <section aria-labelledby="history-heading">
      <h1 id="history-heading" className="mb-1 font-serif text-2xl font-bold">
        历史版本
      </h1>
      <p className="mb-4 text-sm">
        <Link href={`/admin/articles/${id}`} className="text-paper-red hover:underline">
          返回编辑：{article.title ?? `文章 ${id}`}
        </Link>
        <span className="ml-4 text-stone-500">当前为第 {article.version} 版</span>
      </p>
      <ol aria-label="版本列表">
        {revisions.map((revision, index) => {
          const previous: ArticleSnapshot | null | undefined = revisions[index + 1]?.snapshot;
          return (
            <li key={revision.version} className="mb-6 border-b border-stone-200 pb-4 dark:border-stone-800" aria-labelledby={`revision-${revision.version}`}>
              <h2 id={`revision-${revision.version}`} className="mb-2 flex flex-wrap items-center gap-x-3 font-medium">
                第 {revision.version} 版
                <span className="text-sm font-normal text-stone-500">
                  {formatDateTime(revision.createdAt)} · {revision.author}
                </span>
                {revision.version === article.version && <span className="text-sm font-normal text-green-700">（当前）</span>}
              </h2>
              {revision.snapshot === null ? (
                <p className="text-sm text-paper-red">这个版本的内容无法读取。</p>
              ) : previous ? (
                <RevisionDiff changes={changedFields(previous, revision.snapshot)} />
              ) : (
                <p className="text-sm text-stone-500">最初的版本。</p>
              )}
              {revision.snapshot !== null && revision.version !== article.version && (
                <div className="mt-2">
                  <ActionButton action={revertArticleAction.bind(null, id, revision.version)} version={article.version} label={`恢复第 ${revision.version} 版`} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
