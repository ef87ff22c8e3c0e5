import Link from "next/link";
import { archiveHref } from "@/lib/archive/params";

/** The levels above the current archive page: 日期 (/ 2022年 (/ 8月)). Pass the year and month to link to. */
export function ArchiveCrumbs({ year, month }: { year?: number; month?: number }) {
  const crumbs = [{ href: archiveHref(), label: "日期" }];
  if (year !== undefined) crumbs.push({ href: archiveHref({ year }), label: `${year}年` });
  if (year !== undefined && month !== undefined) crumbs.push({ href: archiveHref({ year, month }), label: `${month}月` });
  return (
    <nav aria-label="面包屑" className="text-sm text-stone-600 dark:text-stone-400">
      {crumbs.map((crumb) => (
        <span key={crumb.href}>
          <Link href={crumb.href} className="underline-offset-4 hover:text-paper-red hover:underline">
            {crumb.label}
          </Link>
          <span aria-hidden="true"> / </span>
        </span>
      ))}
    </nav>
  );
}
