import Link from "next/link";
import { formatChineseMonth } from "@/lib/articles/format";
import type { OfficialSummary } from "@/lib/officials/queries";
import { JurisdictionTag } from "./jurisdiction-tag";

export const officialHref = (slug: string) => `/officials/${encodeURIComponent(slug)}`;

/** Officials with how often and over which period the paper names them. */
export function OfficialsTable({ officials, caption }: { officials: OfficialSummary[]; caption: string }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-stone-300 text-left text-stone-500 dark:border-stone-700 dark:text-stone-400">
          <th scope="col" className="py-2 pr-2 font-normal">
            姓名
          </th>
          <th scope="col" className="py-2 pr-2 text-right font-normal">
            文章数
          </th>
          <th scope="col" className="py-2 pr-2 font-normal">
            首次见报
          </th>
          <th scope="col" className="py-2 font-normal">
            最近见报
          </th>
        </tr>
      </thead>
      <tbody>
        {officials.map((official) => (
          <tr key={official.slug} className="border-b border-stone-200 dark:border-stone-800">
            <th scope="row" className="py-2 pr-2 text-left font-normal">
              <span className="flex flex-wrap items-baseline gap-1">
                <Link href={officialHref(official.slug)} className="font-serif text-base font-semibold underline-offset-4 hover:text-paper-red hover:underline">
                  {official.name}
                </Link>
                <JurisdictionTag jurisdiction={official.jurisdiction} />
              </span>
            </th>
            <td className="py-2 pr-2 text-right tabular-nums">{official.articleCount}</td>
            <td className="py-2 pr-2 text-stone-600 dark:text-stone-400">
              <time dateTime={official.firstDate}>{formatChineseMonth(official.firstDate)}</time>
            </td>
            <td className="py-2 text-stone-600 dark:text-stone-400">
              <time dateTime={official.lastDate}>{formatChineseMonth(official.lastDate)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
