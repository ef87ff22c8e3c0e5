import Link from "next/link";

const WAYS = [
  { href: "/", label: "返回文章列表", note: "最新的头版要闻，可按日期、领导、主题筛选" },
  { href: "/officials", label: "按领导浏览", note: "文中提及的各级领导及其报道" },
  { href: "/topics", label: "按主题浏览", note: "疫情防控、共同富裕等主题" },
  { href: "/reporters", label: "按记者浏览", note: "署名记者及其文章" },
];

/** The body of a not-found page: what happened, and where a reader can go from here. */
export function WaysBack({ title, explanation }: { title: string; explanation: string }) {
  return (
    <div className="mx-auto max-w-xl py-12">
      <h1 className="font-serif text-2xl font-bold">{title}</h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">{explanation}</p>
      <h2 className="mt-8 text-sm font-semibold text-stone-600 dark:text-stone-400">您可以：</h2>
      <ul className="mt-2 divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-800 dark:border-stone-800">
        {WAYS.map((way) => (
          <li key={way.href} className="py-2">
            <Link href={way.href} className="font-semibold text-paper-red underline underline-offset-4">
              {way.label}
            </Link>
            <span className="ml-2 text-sm text-stone-600 dark:text-stone-400">{way.note}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
