import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleSourceView } from "@/components/article-source-view";
import { headlineOf } from "@/lib/articles/format";
import { getCachedArticleSource } from "@/lib/articles/article-page";
import { parseId } from "@/app/(reader)/params";

// Cached (ISR) like the article page.
export const revalidate = 300;

export function generateStaticParams(): { id: string }[] {
  return [];
}

type Props = { params: Promise<{ id: string }> };

async function findSource(params: Props["params"]) {
  const id = parseId((await params).id);
  return id === null ? null : getCachedArticleSource(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await findSource(params);
  if (!source) return {};
  // The raw OCR text duplicates the article: let search engines index the article itself.
  return { title: `原文：${headlineOf(source)}`, robots: { index: false, follow: true } };
}

export default async function ArticleSourcePage({ params }: Props) {
  const source = await findSource(params);
  if (!source) notFound();

  return <ArticleSourceView source={source} />;
}
