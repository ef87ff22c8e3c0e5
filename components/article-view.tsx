import Link from "next/link";
import type { ReactNode } from "react";
import { formatChineseDate, headlineOf, KIND_LABELS } from "@/lib/articles/format";
import { listHref } from "@/lib/articles/list-href";
import type { ArticleByline, ArticleDetail } from "@/lib/articles/queries";
import { ArticleOfficials } from "./article-officials";

const linkClass = "underline-offset-4 hover:text-paper-red hover:underline";

function Byline({ byline }: { byline: ArticleByline }) {
  // A column's signature (本报特约评论员) is printed whole as the name.
  if (!byline.reporterSlug) return <span>{byline.name}</span>;
  return (
    <span>
      {byline.organization && byline.organization !== "本报" && byline.organization}
      {byline.role && `${byline.role} `}
      <Link href={`/reporters/${encodeURIComponent(byline.reporterSlug)}`} className={`text-stone-800 underline decoration-stone-400 decoration-dotted dark:text-stone-200 ${linkClass}`}>
        {byline.name}
      </Link>
    </span>
  );
}

/**
 * One article set as the paper sets it: the kicker (引题) small above the title, the title large,
 * the subtitle (副题) below; then byline and date, and the text with a two-character indent.
 * `citation` follows the text; `more` (neighbours, related articles) follows the officials and topics.
 */
export function ArticleView({ article, citation, more }: { article: ArticleDetail; citation?: ReactNode; more?: ReactNode }) {
  return (
    <article className="mx-auto max-w-2xl" aria-labelledby="article-title">
      <header className="border-b border-stone-200 pb-5 dark:border-stone-800">
        {article.kicker && <p className="font-serif text-base leading-snug text-stone-600 md:text-lg dark:text-stone-400">{article.kicker}</p>}
        <h1 id="article-title" className="mt-2 font-serif text-3xl font-bold leading-tight tracking-wide break-keep wrap-anywhere md:text-4xl">
          {headlineOf(article)}
        </h1>
        {article.subtitle && (
          <p className="mt-3 font-serif text-lg leading-snug text-stone-700 md:text-xl dark:text-stone-300">
            <span aria-hidden="true">——</span>
            {article.subtitle}
          </p>
        )}
        <p className="mt-4 flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
          <time dateTime={article.date}>{formatChineseDate(article.date)}</time>
          {article.kind !== "news" && <span>{KIND_LABELS[article.kind]}</span>}
          {article.bylines.map((byline) => (
            <Byline key={byline.name} byline={byline} />
          ))}
          {article.source && (
            <Link href={`/articles/${article.id}/source#article-span`} className={`print:hidden ${linkClass} underline`}>
              原文
            </Link>
          )}
        </p>
      </header>

      <div className="article-body mt-6 space-y-4 font-serif text-lg leading-[1.9] text-stone-900 dark:text-stone-100">
        {article.paragraphs.map((paragraph, index) => (
          <p key={index} className="indent-[2em]">
            {paragraph}
          </p>
        ))}
      </div>

      {citation}

      {(article.officials.length > 0 || article.topics.length > 0) && (
        <footer className="mt-10 space-y-6 border-t border-stone-200 pt-6 text-sm print:hidden dark:border-stone-800">
          {article.officials.length > 0 && <ArticleOfficials officials={article.officials} />}
          {article.topics.length > 0 && (
            <section aria-labelledby="article-topics">
              <h2 id="article-topics" className="font-serif text-lg font-bold">
                主题
              </h2>
              <ul className="mt-2 flex flex-wrap gap-2">
                {article.topics.map((topic) => (
                  <li key={topic.slug}>
                    <Link href={listHref({ topic: topic.slug })} className="rounded-sm bg-stone-100 px-2 py-1 hover:text-paper-red dark:bg-stone-800">
                      {topic.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </footer>
      )}
      {more}
      <p className="mt-10 print:hidden">
        <Link href="/" className="text-paper-red underline underline-offset-4">
          ← 返回文章列表
        </Link>
      </p>
    </article>
  );
}
