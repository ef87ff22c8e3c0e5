import Link from "next/link";
import { formatChineseDate, headlineOf } from "@/lib/articles/format";
import type { ArticleSource } from "@/lib/articles/source-queries";
import { splitAtSpan } from "@/lib/articles/source-span";

/** 原文: the OCR'd page as it arrived, with this article's part highlighted. Plain text only: React escapes it. */
export function ArticleSourceView({ source }: { source: ArticleSource }) {
  const parts = splitAtSpan(source.page.rawText, source.span);
  const headline = headlineOf(source);
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href={`/articles/${source.id}`} className="text-paper-red underline underline-offset-4">
          ← 返回《{headline}》
        </Link>
      </p>
      <h1 className="mt-3 font-serif text-2xl font-bold">原文：{headline}</h1>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
        {formatChineseDate(source.page.date)}版面的识别文字（文件 {source.page.fileName}），未经校对；
        {parts ? "本文所在部分以底色标出。" : "无法确定本文在版面中的位置。"}
      </p>
      <pre className="mt-4 overflow-x-auto rounded-sm border border-stone-200 bg-white p-4 font-sans text-sm leading-6 whitespace-pre-wrap break-words text-stone-700 dark:border-stone-800 dark:bg-stone-900 dark:text-stone-300">
        {parts ? (
          <>
            {parts.before}
            <mark id="article-span" className="scroll-mt-24 bg-amber-100 text-stone-950 dark:bg-amber-900/60 dark:text-stone-50">
              {parts.marked}
            </mark>
            {parts.after}
          </>
        ) : (
          source.page.rawText
        )}
      </pre>
    </div>
  );
}
