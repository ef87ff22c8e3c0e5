import { ArticleListPage } from "./article-list-page";

export { generateMetadata } from "./list-metadata";

// Requests for `/` are rewritten to the cached `/l/[state]` by proxy.ts; this renders the same
// list uncached wherever the proxy does not run.
export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <ArticleListPage params={await searchParams} />;
}
