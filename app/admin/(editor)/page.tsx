import type { Metadata } from "next";
import { Suspense } from "react";
import { AdminArticleFiltersForm } from "@/components/admin/article-filters";
import { ArticlesTable } from "@/components/admin/articles-table";
import { Pagination } from "@/components/admin/pagination";
import { listAdminArticles } from "@/lib/admin/article-queries";
import { adminListHref, parseAdminArticleFilters, type AdminArticleFilters } from "@/lib/admin/filters";
import { requireEditor } from "@/lib/auth/require-editor";

export const metadata: Metadata = { title: "文章" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminArticlesPage({ searchParams }: { searchParams: SearchParams }) {
  await requireEditor();
  const filters = parseAdminArticleFilters(await searchParams);
  return (
    <section aria-labelledby="articles-heading">
      <h1 id="articles-heading" className="mb-4 font-serif text-2xl font-bold">
        文章
      </h1>
      <AdminArticleFiltersForm filters={filters} />
      <Suspense key={JSON.stringify(filters)} fallback={<p className="py-8 text-center text-stone-500">正在加载…</p>}>
        <ArticleResults filters={filters} />
      </Suspense>
    </section>
  );
}

async function ArticleResults({ filters }: { filters: AdminArticleFilters }) {
  const { items, total, pageCount } = await listAdminArticles(filters);
  return (
    <>
      <p className="mb-2 text-sm text-stone-500">共 {total} 篇</p>
      <ArticlesTable articles={items} />
      <Pagination page={filters.page} pageCount={pageCount} hrefFor={(page) => adminListHref({ ...filters, page })} />
    </>
  );
}
