import type { Metadata } from "next";
import { getTopic } from "@/lib/topics/queries";
import { decodeSegment } from "../../params";
import { TopicProfile } from "./topic-profile";

// Cached (ISR) per topic: rendered on the first visit, served from the cache until an edit naming
// them expires its tag (lib/cache/tags.ts). Later pages of their articles: ./p/[n] (proxy.ts rewrites ?page=).
export const revalidate = 300;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopic(decodeSegment((await params).slug));
  return topic ? { title: topic.name, description: topic.description } : {};
}

export default async function Page({ params }: Props) {
  return <TopicProfile slug={decodeSegment((await params).slug)} page={1} />;
}
