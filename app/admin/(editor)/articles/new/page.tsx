import type { Metadata } from "next";
import { ArticleForm } from "@/components/admin/article-form";
import { listTopicOptions } from "@/lib/admin/article-queries";
import { requireEditor } from "@/lib/auth/require-editor";
import { createArticleAction, suggestEntitiesAction } from "../actions";

export const metadata: Metadata = { title: "新建文章" };

export default async function NewArticlePage() {
  await requireEditor();
  const topics = await listTopicOptions();
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
  return (
    <section aria-labelledby="new-heading">
      <h1 id="new-heading" className="mb-4 font-serif text-2xl font-bold">
        新建文章
      </h1>
      <ArticleForm
        action={createArticleAction}
        suggestAction={suggestEntitiesAction}
        topicOptions={topics}
        defaults={{ kind: "news", kicker: "", title: "", subtitle: "", reporters: "", date: today, pageId: "", body: "", officials: [], topics: [] }}
      />
    </section>
  );
}
