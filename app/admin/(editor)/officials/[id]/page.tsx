import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { STATUS_LABELS } from "@/components/admin/labels";
import { Pagination } from "@/components/admin/pagination";
import { ConvertForm } from "@/components/admin/officials/convert-form";
import { MentionTitlesForm } from "@/components/admin/officials/mention-titles-form";
import { MergeForm } from "@/components/admin/officials/merge-form";
import { RenameForm } from "@/components/admin/officials/rename-form";
import { ReplaceTitleForm } from "@/components/admin/officials/replace-title-form";
import { parseIdParam } from "@/lib/admin/ids";
import { getAdminOfficial } from "@/lib/admin/official-queries";
import { officialListParamsSchema } from "@/lib/admin/official-schema";
import { requireEditor } from "@/lib/auth/require-editor";
import { convertOfficialAction, mergeOfficialAction, renameOfficialAction, replaceTitleAction, setMentionTitlesAction } from "../actions";

export const metadata: Metadata = { title: "修改领导" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string; merged?: string }> };

export default async function AdminOfficialPage({ params, searchParams }: Props) {
  await requireEditor();
  const id = parseIdParam((await params).id);
  if (id === null) notFound();
  const query = await searchParams;
  const { page } = officialListParamsSchema.parse({ page: query.page });
  const official = await getAdminOfficial(id, page);
  if (!official) notFound();

  return (
    <section aria-labelledby="official-heading">
      <p className="mb-1 text-sm">
        <Link href="/admin/officials" className="text-paper-red hover:underline">
          领导
        </Link>
      </p>
      <h1 id="official-heading" className="mb-1 font-serif text-2xl font-bold">
        {official.name}
      </h1>
      <p className="mb-4 flex flex-wrap gap-x-4 text-sm text-stone-500">
        <span>编号 {official.id}</span>
        <span>{official.articleCount} 篇文章</span>
        <Link href={`/officials/${encodeURIComponent(official.slug)}`} className="text-paper-red hover:underline">
          查看读者页面
        </Link>
      </p>
      {query.merged === "1" && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-800 dark:bg-green-950 dark:text-green-200">
          已合并：另一种写法的全部提及已并入「{official.name}」。
        </p>
      )}
      <div className="grid gap-8 md:grid-cols-2">
        <Part title="改名">
          <RenameForm action={renameOfficialAction} personId={official.id} name={official.name} />
        </Part>
        <Part title="合并同一人的另一种写法">
          <MergeForm action={mergeOfficialAction} personId={official.id} name={official.name} />
        </Part>
        <Part title="批量修改职务">
          <ReplaceTitleForm action={replaceTitleAction} personId={official.id} titleCounts={official.titleCounts} />
        </Part>
        <Part title="不是领导">
          <ConvertForm action={convertOfficialAction} personId={official.id} name={official.name} articleCount={official.articleCount} />
        </Part>
      </div>
      <Part title="各篇文章中的职务">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-stone-300 text-left dark:border-stone-700">
              <th className="py-2 pr-2">日期</th>
              <th className="py-2 pr-2">文章</th>
              <th className="py-2 pr-2">状态</th>
              <th className="py-2">职务（用顿号分隔）</th>
            </tr>
          </thead>
          <tbody>
            {official.mentions.map((mention) => {
              const label = mention.title ?? `文章 ${mention.articleId}`;
              return (
                <tr key={mention.articleId} className="border-b border-stone-200 align-top dark:border-stone-800">
                  <td className="py-2 pr-2 whitespace-nowrap">{mention.date}</td>
                  <td className="py-2 pr-2">
                    <Link href={`/admin/articles/${mention.articleId}`} className="text-paper-red hover:underline">
                      {label}
                    </Link>
                  </td>
                  <td className="py-2 pr-2 whitespace-nowrap">{STATUS_LABELS[mention.status]}</td>
                  <td className="py-2">
                    <MentionTitlesForm action={setMentionTitlesAction} personId={official.id} articleId={mention.articleId} version={mention.version} titles={mention.titles} articleLabel={label} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <Pagination page={page} pageCount={official.mentionPageCount} hrefFor={(n) => `/admin/officials/${official.id}?page=${n}`} />
      </Part>
    </section>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="mt-6">
      <h2 className="mb-3 text-lg font-bold">{title}</h2>
      {children}
    </section>
  );
}
