import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { listCachedReporters } from "@/lib/cache/indexes";

export const metadata: Metadata = { title: "记者", description: "《永康日报》头版要闻的署名记者。" };

export default async function ReportersPage() {
  await connection(); // read the database at request time, not at build time
  const reporters = await listCachedReporters();

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">记者</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">头版要闻的署名记者和摄影记者。</p>
      {reporters.length === 0 ? (
        <p className="py-12 text-center text-stone-500">档案中还没有署名记者。</p>
      ) : (
        <ul className="mt-6 grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-3">
          {reporters.map((reporter) => (
            <li key={reporter.slug}>
              <Link href={`/reporters/${encodeURIComponent(reporter.slug)}`} className="font-serif text-lg underline-offset-4 hover:text-paper-red hover:underline">
                {reporter.name}
              </Link>
              <span className="ml-2 text-sm tabular-nums text-stone-500">{reporter.articleCount} 篇</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
