import type { Metadata } from "next";
import Link from "next/link";
import { ReassignForm } from "@/components/admin/topics/reassign-form";
import { listAdminTopics } from "@/lib/admin/topic-queries";
import { requireEditor } from "@/lib/auth/require-editor";
import { reassignTopicsAction } from "./actions";

export const metadata: Metadata = { title: "主题" };

export default async function AdminTopicsPage() {
  await requireEditor();
  const topics = await listAdminTopics();
  return (
    <section aria-labelledby="topics-heading">
      <h1 id="topics-heading" className="mb-2 font-serif text-2xl font-bold">
        主题
      </h1>
      <p className="mb-4 text-sm text-stone-600">每个主题按加权关键词给文章打分，得分够高即归入。改规则前可先预览它会让多少文章进出这个主题。</p>
      <ReassignForm action={reassignTopicsAction} />
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-stone-300 text-left dark:border-stone-700">
            <th className="py-2 pr-2">名称</th>
            <th className="py-2 pr-2">说明</th>
            <th className="py-2 pr-2">关键词</th>
            <th className="py-2">文章（其中手动）</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((topic) => (
            <tr key={topic.id} className="border-b border-stone-200 align-top dark:border-stone-800">
              <td className="py-2 pr-2 whitespace-nowrap">
                <Link href={`/admin/topics/${topic.slug}`} className="text-paper-red hover:underline">
                  {topic.name}
                </Link>
              </td>
              <td className="py-2 pr-2">{topic.description}</td>
              <td className="py-2 pr-2 tabular-nums">{topic.ruleCount}</td>
              <td className="py-2 tabular-nums">
                {topic.articleCount}（{topic.manualCount}）
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
