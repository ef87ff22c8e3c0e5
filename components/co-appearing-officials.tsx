import Link from "next/link";
import type { CoAppearanceNetwork as Network } from "@/lib/officials/co-appearance";
import { layoutNetwork } from "@/lib/officials/network-layout";
import { CoAppearanceNetwork } from "./charts/co-appearance-network";
import { officialHref } from "./officials-table";

interface CoAppearingOfficialsProps {
  official: { name: string; slug: string };
  network: Network;
}

/** The officials named with one official: the network picture and the same counts as a table. */
export function CoAppearingOfficials({ official, network }: CoAppearingOfficialsProps) {
  const slugOf = new Map(network.neighbours.map((other) => [String(other.id), other.slug]));
  const layout = layoutNetwork({
    center: { key: "center", label: official.name },
    neighbours: network.neighbours.map((other) => ({ key: String(other.id), label: other.name, weight: other.shared })),
    edges: network.edges.map((edge) => ({ source: String(edge.source), target: String(edge.target), weight: edge.weight })),
  });
  const hrefOf = (key: string) => officialHref(key === "center" ? official.slug : (slugOf.get(key) ?? official.slug));
  const names = network.neighbours.slice(0, 3).map((other) => other.name).join("、");

  return (
    <div className="mt-3 grid items-start gap-6 md:grid-cols-[minmax(0,1fr)_14rem]">
      <figure>
        <CoAppearanceNetwork layout={layout} hrefOf={hrefOf} label={`与${official.name}共同出现的 ${network.neighbours.length} 位领导，最常见的是${names}`} />
        <figcaption className="mt-1 text-xs text-stone-600 dark:text-stone-400">
          圆点越大，与{official.name}同时出现在同一篇文章中的次数越多；连线越粗，两人在{official.name}的报道中同时出现越多。点击姓名查看该领导。
        </figcaption>
      </figure>
      <table className="w-full border-collapse text-sm">
        <caption className="mb-1 text-left text-xs text-stone-600 dark:text-stone-400">与{official.name}同时出现的文章篇数</caption>
        <thead>
          <tr className="border-b-2 border-stone-300 text-left text-stone-600 dark:border-stone-700 dark:text-stone-400">
            <th scope="col" className="py-1 pr-2 font-normal">
              姓名
            </th>
            <th scope="col" className="py-1 text-right font-normal">
              共同出现
            </th>
          </tr>
        </thead>
        <tbody>
          {network.neighbours.map((other) => (
            <tr key={other.id} className="border-b border-stone-200 dark:border-stone-800">
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                <Link href={officialHref(other.slug)} className="underline-offset-4 hover:text-paper-red hover:underline">
                  {other.name}
                </Link>
              </th>
              <td className="py-1 text-right tabular-nums">{other.shared} 篇</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
