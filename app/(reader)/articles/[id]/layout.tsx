import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { parseId } from "@/app/(reader)/params";
import { isPublishedArticle } from "@/lib/articles/queries";

// A missing article is decided here, above (article)/loading.tsx: once the loading state has
// streamed, a page's notFound() could no longer change the response's status from 200 to 404.
export default async function ArticleLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  if (id === null || !(await isPublishedArticle(id))) notFound();

  return children;
}
