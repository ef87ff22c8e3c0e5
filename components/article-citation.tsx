import { CopyButton } from "./copy-button";

/** 引用本文: the citation line with a copy button; the print adds the article's URL. */
export function ArticleCitation({ citation, url }: { citation: string; url: string }) {
  return (
    <section aria-labelledby="article-citation" className="mt-10 rounded-sm border border-stone-200 bg-stone-100/60 p-4 text-sm dark:border-stone-800 dark:bg-stone-900">
      <h2 id="article-citation" className="font-serif text-base font-bold">
        引用本文
      </h2>
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-2">
        <span className="select-all text-stone-800 dark:text-stone-200">{citation}</span>
        <CopyButton text={citation} label="复制引用" />
      </p>
      <p className="mt-1 hidden break-all text-stone-700 print:block">链接：{url}</p>
    </section>
  );
}
