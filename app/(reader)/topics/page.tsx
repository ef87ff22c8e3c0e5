import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { listCachedTopics } from "@/lib/cache/indexes";

export const metadata: Metadata = { title: "主题", description: "按主题浏览《永康日报》头版要闻。" };

export default async function TopicsPage() {
  await connection(); // read the database at request time, not at build time
  const topics = await listCachedTopics();

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">主题</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">文章按公开的关键词规则归入主题，一篇文章可以属于几个主题。</p>
      {topics.length === 0 ? (
        <p className="py-12 text-center text-stone-500">还没有主题。</p>
      ) : (
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          {topics.map((topic) => (
            <li key={topic.slug} className="rounded-sm border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              <h2 className="flex items-baseline justify-between gap-3 font-serif text-lg font-bold">
                <Link href={`/topics/${topic.slug}`} className="underline-offset-4 hover:text-paper-red hover:underline">
                  {topic.name}
                </Link>
                <span className="font-sans text-sm font-normal text-stone-500 tabular-nums">{topic.articleCount} 篇</span>
              </h2>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{topic.description}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
