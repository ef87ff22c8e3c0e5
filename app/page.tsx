import { connection } from "next/server";
import { ArticleCard } from "@/components/article-card";
import { listLatestArticles } from "@/lib/articles/queries";

export default async function HomePage() {
  await connection(); // read the database at request time, not at build time
  const articles = await listLatestArticles();

  if (articles.length === 0) {
    return <p className="py-12 text-center text-stone-500">档案中还没有文章。</p>;
  }
  return (
    <section aria-label="最新文章">
      {articles.map((article) => (
        <ArticleCard key={article.id} article={article} />
      ))}
    </section>
  );
}
