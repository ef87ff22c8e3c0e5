import type { Metadata } from "next";
import { getOfficial } from "@/lib/officials/queries";
import { decodeSegment } from "../../params";
import { OfficialProfile } from "./official-profile";

// Cached (ISR) per official: rendered on the first visit, served from the cache until an edit naming
// them expires its tag (lib/cache/tags.ts). Later pages of their articles: ./p/[n] (proxy.ts rewrites ?page=).
export const revalidate = 300;

export function generateStaticParams(): { name: string }[] {
  return [];
}

type Props = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const official = await getOfficial(decodeSegment((await params).name));
  return official ? { title: official.name, description: `${official.name}在《永康日报》头版报道中的职务变化与相关文章。` } : {};
}

export default async function Page({ params }: Props) {
  return <OfficialProfile slug={decodeSegment((await params).name)} page={1} />;
}
