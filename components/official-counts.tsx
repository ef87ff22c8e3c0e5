import Link from "next/link";
import type { OfficialCount } from "@/lib/officials/queries";
import { officialHref } from "./officials-table";

/** Officials with a count of articles (shared with someone, or within a topic), linking to their pages. */
export function OfficialCounts({ officials, unit }: { officials: OfficialCount[]; unit: string }) {
  return (
    <ul className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
      {officials.map((official) => (
        <li key={official.slug}>
          <Link href={officialHref(official.slug)} className="flex items-baseline justify-between gap-2 rounded-sm px-1 py-0.5 hover:bg-stone-100 hover:text-paper-red dark:hover:bg-stone-800">
            <span>{official.name}</span>
            <span className="tabular-nums text-stone-500 dark:text-stone-400">
              {official.count}
              <span className="sr-only"> {unit}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
