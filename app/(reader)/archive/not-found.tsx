import Link from "next/link";

export default function ArchiveNotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="font-serif text-2xl font-bold">没有这个日期</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-400">
        日期的网址形如 <code className="rounded-sm bg-stone-100 px-1 dark:bg-stone-800">/archive/2022/08/02</code>：四位年份（1900–2100）、月份 01–12、当月存在的日子。
      </p>
      <p className="mt-6">
        <Link href="/archive" className="text-paper-red underline underline-offset-4">
          按日期浏览全部报纸
        </Link>
      </p>
    </div>
  );
}
