import { Suspense } from "react";
import { ArticleListSkeleton } from "@/components/article-list";
import { parseArticleFilters } from "@/lib/articles/filters";
import { ArticleResults } from "./article-results";

export { generateMetadata } from "./list-metadata";

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = parseArticleFilters(await searchParams);

  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">头版要闻</h1>
      <Suspense key={JSON.stringify(parsed)} fallback={<ArticleListSkeleton />}>
        <ArticleResults parsed={parsed} />
      </Suspense>
    </div>
  );
}
