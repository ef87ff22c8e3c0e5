import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b-4 border-double border-paper-red bg-white dark:bg-stone-900">
      <div className="mx-auto flex max-w-3xl items-baseline justify-between px-4 py-3">
        <Link href="/" className="font-serif text-2xl font-bold tracking-widest text-paper-red">
          永康日报
        </Link>
        <span className="text-sm text-stone-500 dark:text-stone-400">头版要闻档案</span>
      </div>
    </header>
  );
}
