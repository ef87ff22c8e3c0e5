import { notFound } from "next/navigation";
import { decodeSegment, parsePageSegment } from "../../../../params";
import { TopicProfile } from "../../topic-profile";

// Page n of the topic's articles, cached like page 1 (proxy.ts rewrites ?page=n here).
export const revalidate = 300;

export function generateStaticParams(): { slug: string; n: string }[] {
  return [];
}

export default async function ArticlesPage({ params }: { params: Promise<{ slug: string; n: string }> }) {
  const { slug, n } = await params;
  const page = parsePageSegment(n);
  if (page === null) notFound();
  return <TopicProfile slug={decodeSegment(slug)} page={page} />;
}
