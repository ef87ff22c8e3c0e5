"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A site-nav link that marks itself as the current section (aria-current). */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const isCurrent = href === "/" ? pathname === "/" || pathname.startsWith("/articles") : pathname.startsWith(href);
  return (
    <Link
      href={href}
      aria-current={isCurrent ? "page" : undefined}
      className="rounded-sm px-1 py-1 text-stone-700 underline-offset-4 hover:text-paper-red hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-paper-red dark:text-stone-300"
    >
      {children}
    </Link>
  );
}
