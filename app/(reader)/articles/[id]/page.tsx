import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleCitation } from "@/components/article-citation";
import { ArticleNeighbours } from "@/components/article-neighbours";
import { ArticleView } from "@/components/article-view";
import { JsonLd } from "@/components/json-ld";
import { RelatedArticles } from "@/components/related-articles";
import { getArticlePage } from "@/lib/articles/article-page";
import { formatCitation } from "@/lib/articles/citation";
import { env } from "@/lib/env";
import { articleMetadata } from "@/lib/seo/article-metadata";
import { newsArticleJsonLd } from "@/lib/seo/json-ld";
import { absoluteUrl } from "@/lib/seo/site";
import { parseId } from "@/app/(reader)/params";
import "./print.css";

// Cached (ISR) per article: rendered on the first visit, served from the cache until an edit
// expires its tags (lib/articles/article-page.ts).
export const revalidate = 300;

export function generateStaticParams(): { id: string }[] {
  return [];
}

type Props = { params: Promise<{ id: string }> };

async function findArticlePage(params: Props["params"]) {
  const id = parseId((await params).id);
  return id === null ? null : getArticlePage(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await findArticlePage(params);
  return data ? articleMetadata(data.article) : {};
}

export default async function ArticlePage({ params }: Props) {
  const data = await findArticlePage(params);
  if (!data) notFound();
  const { article, adjacent, related } = data;

  return (
    <>
      <JsonLd data={newsArticleJsonLd(article, env.SITE_URL)} />
      <ArticleView
        article={article}
        citation={<ArticleCitation citation={formatCitation(article)} url={absoluteUrl(`/articles/${article.id}`)} />}
        more={
          <>
            <ArticleNeighbours adjacent={adjacent} />
            <RelatedArticles articles={related} />
          </>
        }
      />
    </>
  );
}
