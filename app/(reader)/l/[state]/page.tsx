import { decodeListState } from "@/lib/cache/list-state";
import { ArticleListPage } from "../../article-list-page";

export { generateCachedListMetadata as generateMetadata } from "../../list-metadata";

// The article list of one URL, cached (ISR): proxy.ts rewrites `/?…` here, so every distinct list
// is rendered once and then served from the cache until an edit or import revalidates it.
export const revalidate = 300;

export function generateStaticParams(): { state: string }[] {
  return [];
}

export default async function CachedListPage({ params }: { params: Promise<{ state: string }> }) {
  const { state } = await params;
  return <ArticleListPage params={decodeListState(state)} />;
}
