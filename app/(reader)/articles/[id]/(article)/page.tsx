import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article-view";
import { KIND_LABELS } from "@/lib/articles/format";
import { getArticle } from "@/lib/articles/queries";
import { parseId } from "../../params";

type Props = { params: Promise<{ id: string }> };

async function findArticle(params: Props["params"]) {
  const id = parseId((await params).id);
  return id === null ? null : getArticle(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await findArticle(params);
  return article ? { title: article.title ?? KIND_LABELS[article.kind], description: article.paragraphs[0]?.slice(0, 120) } : {};
}

export default async function ArticlePage({ params }: Props) {
  const article = await findArticle(params);
  if (!article) notFound();

  return <ArticleView article={article} />;
}
