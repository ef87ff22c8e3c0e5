import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleCitation } from "@/components/article-citation";
import { ArticleNeighbours } from "@/components/article-neighbours";
import { ArticleView } from "@/components/article-view";
import { JsonLd } from "@/components/json-ld";
import { RelatedArticles } from "@/components/related-articles";
import { getAdjacentArticles } from "@/lib/articles/adjacent-queries";
import { formatCitation } from "@/lib/articles/citation";
import { getArticle } from "@/lib/articles/queries";
import { listRelatedArticles } from "@/lib/articles/related-queries";
import { env } from "@/lib/env";
import { articleMetadata } from "@/lib/seo/article-metadata";
import { newsArticleJsonLd } from "@/lib/seo/json-ld";
import { absoluteUrl } from "@/lib/seo/site";
import { parseId } from "@/app/(reader)/params";
import "./print.css";

type Props = { params: Promise<{ id: string }> };

async function findArticle(params: Props["params"]) {
  const id = parseId((await params).id);
  return id === null ? null : getArticle(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await findArticle(params);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: Props) {
  const article = await findArticle(params);
  if (!article) notFound();
  const [adjacent, related] = await Promise.all([getAdjacentArticles(article), listRelatedArticles(article.id)]);

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
