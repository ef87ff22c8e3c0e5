import type { Metadata } from "next";
import { PageImport } from "@/components/admin/import/page-import";
import { SingleArticleImport } from "@/components/admin/import/single-article-import";
import { listTopicOptions } from "@/lib/admin/article-queries";
import { requireEditor } from "@/lib/auth/require-editor";
import { createArticleAction, suggestEntitiesAction } from "../articles/actions";
import { importPageAction, previewArticleAction, previewPageAction } from "./actions";

export const metadata: Metadata = { title: "导入" };

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ mode?: string }> }) {
  await requireEditor();
  const isSingle = (await searchParams).mode === "article";
  const topics = isSingle ? await listTopicOptions() : [];
  return (
    <section aria-labelledby="import-heading">
      <h1 id="import-heading" className="mb-2 font-serif text-2xl font-bold">
        {isSingle ? "粘贴单篇文章" : "导入版面"}
      </h1>
      <p className="mb-4 text-sm">
        <a href={isSingle ? "/admin/import" : "/admin/import?mode=article"} className="text-paper-red hover:underline">
          {isSingle ? "改为导入整个版面" : "改为粘贴单篇文章"}
        </a>
      </p>
      {isSingle ? (
        <SingleArticleImport previewAction={previewArticleAction} createAction={createArticleAction} suggestAction={suggestEntitiesAction} topicOptions={topics} />
      ) : (
        <PageImport previewAction={previewPageAction} importAction={importPageAction} />
      )}
    </section>
  );
}
