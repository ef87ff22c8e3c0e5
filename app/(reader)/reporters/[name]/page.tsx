import type { Metadata } from "next";
import { getReporter } from "@/lib/reporters/queries";
import { decodeSegment } from "../../params";
import { ReporterProfile } from "./reporter-profile";

// Cached (ISR) per reporter: rendered on the first visit, served from the cache until an edit naming
// them expires its tag (lib/cache/tags.ts). Later pages of their articles: ./p/[n] (proxy.ts rewrites ?page=).
export const revalidate = 300;

export function generateStaticParams(): { name: string }[] {
  return [];
}

type Props = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const reporter = await getReporter(decodeSegment((await params).name));
  return reporter ? { title: `记者 ${reporter.name}`, description: `${reporter.name}署名的《永康日报》头版报道。` } : {};
}

export default async function Page({ params }: Props) {
  return <ReporterProfile slug={decodeSegment((await params).name)} page={1} />;
}
