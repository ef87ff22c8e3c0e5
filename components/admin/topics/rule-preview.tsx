// What re-running the rules would do to the topic: counts and a few of the articles.
import Link from "next/link";
import type { PreviewArticle, RulePreview } from "@/lib/admin/topic-queries";

export function RulePreviewView({ preview }: { preview: RulePreview }) {
  return (
    <section aria-label="规则预览" className="mt-6 rounded border border-stone-300 p-3 text-sm dark:border-stone-700">
      <h2 className="mb-2 font-bold">按表单中的规则重新分配后</h2>
      <p role="status">
        共评分 {preview.articles} 篇文章：现有 {preview.current} 篇属于这个主题，按新规则将有 {preview.proposed} 篇——新增 {preview.gained} 篇，去掉 {preview.lost} 篇（尚未保存，也未重新分配）。
      </p>
      <Examples label="将新增的文章（举例）" articles={preview.examples.gained} />
      <Examples label="将去掉的文章（举例）" articles={preview.examples.lost} />
    </section>
  );
}

function Examples({ label, articles }: { label: string; articles: PreviewArticle[] }) {
  if (articles.length === 0) return null;
  return (
    <>
      <h3 className="mt-3 font-medium">{label}</h3>
      <ul aria-label={label} className="list-disc pl-5">
        {articles.map((article) => (
          <li key={article.id}>
            {article.date}{" "}
            <Link href={`/admin/articles/${article.id}`} className="text-paper-red hover:underline">
              {article.title ?? `文章 ${article.id}`}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
