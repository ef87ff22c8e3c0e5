import Link from "next/link";
import type { ReactNode } from "react";

export interface NavTarget {
  href: string;
  label: string;
}

interface IssueNavProps {
  /** 上一期 / 上一个月 … */
  previousLabel: string;
  nextLabel: string;
  previous: NavTarget | null;
  next: NavTarget | null;
  /** Accessible name of the navigation landmark. */
  label: string;
  children?: ReactNode;
}

const linkClass = "flex flex-col rounded-sm border border-stone-300 px-3 py-2 hover:border-paper-red hover:text-paper-red dark:border-stone-700";

/** Links to the neighbouring issues (or months, years) that have articles; absent ends say so. */
export function IssueNav({ previousLabel, nextLabel, previous, next, label, children }: IssueNavProps) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-stretch justify-between gap-3 text-sm">
      {previous ? (
        <Link href={previous.href} rel="prev" className={linkClass}>
          <span className="text-xs text-stone-600 dark:text-stone-400">← {previousLabel}</span>
          <span>{previous.label}</span>
        </Link>
      ) : (
        <span className="flex flex-col px-3 py-2 text-stone-600 dark:text-stone-400">
          <span className="text-xs">← {previousLabel}</span>
          <span>没有更早的了</span>
        </span>
      )}
      {children}
      {next ? (
        <Link href={next.href} rel="next" className={`${linkClass} items-end text-right`}>
          <span className="text-xs text-stone-600 dark:text-stone-400">{nextLabel} →</span>
          <span>{next.label}</span>
        </Link>
      ) : (
        <span className="flex flex-col items-end px-3 py-2 text-right text-stone-600 dark:text-stone-400">
          <span className="text-xs">{nextLabel} →</span>
          <span>没有更新的了</span>
        </span>
      )}
    </nav>
  );
}
