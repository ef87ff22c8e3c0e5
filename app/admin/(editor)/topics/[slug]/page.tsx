import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TopicForm } from "@/components/admin/topics/topic-form";
import { getAdminTopic } from "@/lib/admin/topic-queries";
import { requireEditor } from "@/lib/auth/require-editor";
import { previewTopicRulesAction, updateTopicAction } from "../actions";

export const metadata: Metadata = { title: "编辑主题" };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export default async function AdminTopicPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireEditor();
  const { slug } = await params;
  const topic = SLUG.test(slug) ? await getAdminTopic(slug) : null;
  if (!topic) notFound();
  return (
    <section aria-labelledby="topic-heading">
      <p className="mb-1 text-sm">
        <Link href="/admin/topics" className="text-paper-red hover:underline">
          主题
        </Link>
      </p>
      <h1 id="topic-heading" className="mb-1 font-serif text-2xl font-bold">
        {topic.name}
      </h1>
      <p className="mb-4 flex flex-wrap gap-x-4 text-sm text-stone-500">
        <span>{topic.slug}</span>
        <Link href={`/topics/${topic.slug}`} className="text-paper-red hover:underline">
          查看读者页面
        </Link>
      </p>
      <TopicForm topic={topic} saveAction={updateTopicAction} previewAction={previewTopicRulesAction} />
    </section>
  );
}
