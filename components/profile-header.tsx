import Link from "next/link";
import type { ReactNode } from "react";
import { formatChineseDate } from "@/lib/articles/format";

interface ProfileHeaderProps {
  crumb: { href: string; label: string };
  title: string;
  /** Shown beside the title, e.g. roles or a jurisdiction. */
  aside?: ReactNode;
  summary: { articleCount: number; firstDate: string; lastDate: string };
  /** The same articles in the filterable list. */
  filterHref: string;
}

/** Title block of an official's or reporter's page: breadcrumb, name, how many articles over which period. */
export function ProfileHeader({ crumb, title, aside, summary, filterHref }: ProfileHeaderProps) {
  return (
    <header>
      <nav aria-label="面包屑" className="text-sm text-stone-500 dark:text-stone-400">
        <Link href={crumb.href} className="underline-offset-4 hover:text-paper-red hover:underline">
          {crumb.label}
        </Link>
        <span aria-hidden="true"> / </span>
      </nav>
      <h1 className="mt-1 flex flex-wrap items-baseline gap-x-3 font-serif text-3xl font-bold">
        {title}
        {aside}
      </h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">
        见报 <strong className="tabular-nums text-stone-900 dark:text-stone-100">{summary.articleCount}</strong> 篇，
        <time dateTime={summary.firstDate}>{formatChineseDate(summary.firstDate)}</time> 至{" "}
        <time dateTime={summary.lastDate}>{formatChineseDate(summary.lastDate)}</time>
        <Link href={filterHref} className="ml-3 text-paper-red underline underline-offset-4">
          在文章列表中筛选
        </Link>
      </p>
    </header>
  );
}
