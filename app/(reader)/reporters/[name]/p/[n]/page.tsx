import { notFound } from "next/navigation";
import { decodeSegment, parsePageSegment } from "../../../../params";
import { ReporterProfile } from "../../reporter-profile";

// Page n of the reporter's articles, cached like page 1 (proxy.ts rewrites ?page=n here).
export const revalidate = 300;

export function generateStaticParams(): { name: string; n: string }[] {
  return [];
}

export default async function ArticlesPage({ params }: { params: Promise<{ name: string; n: string }> }) {
  const { name, n } = await params;
  const page = parsePageSegment(n);
  if (page === null) notFound();
  return <ReporterProfile slug={decodeSegment(name)} page={page} />;
}
