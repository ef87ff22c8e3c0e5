import Link from "next/link";
import { formatChineseDate, KIND_LABELS } from "@/lib/articles/format";
import type { ArticleByline, ArticleDetail, ArticleOfficialMention } from "@/lib/articles/queries";
import { JurisdictionTag } from "./jurisdiction-tag";

const linkClass = "underline-offset-4 hover:text-paper-red hover:underline";

function Byline({ byline }: { byline: ArticleByline }) {
  // A column's signature (本报特约评论员) is printed whole as the name.
  if (!byline.reporterSlug) return <span>{byline.name}</span>;
  return (
    <span>
      {byline.organization && byline.organization !== "本报" && byline.organization}
      {byline.role && `${byline.role} `}
      <Link href={`/reporters/${encodeURIComponent(byline.reporterSlug)}`} className={`text-stone-800 dark:text-stone-200 ${linkClass}`}>
        {byline.name}
      </Link>
    </span>
  );
}

function OfficialItem({ official }: { official: ArticleOfficialMention }) {
  return (
    <li className="flex flex-wrap items-baseline gap-x-2">
      <Link href={`/officials/${encodeURIComponent(official.slug)}`} className={`font-semibold underline decoration-stone-300 decoration-dotted ${linkClass}`}>
        {official.name}
      </Link>
      <JurisdictionTag jurisdiction={official.jurisdiction} titles={official.titles} />
      {official.titles.length > 0 && <span className="text-stone-600 dark:text-stone-400">{official.titles.join("、")}</span>}
    </li>
  );
}

export function ArticleView({ article }: { article: ArticleDetail }) {
  const local = article.officials.filter((official) => official.jurisdiction !== "national");
  const national = article.officials.filter((official) => official.jurisdiction === "national");
  return (
    <article className="mx-auto max-w-2xl" aria-labelledby="article-title">
      <header className="border-b border-stone-200 pb-5 dark:border-stone-800">
        {article.kicker && <p className="text-sm text-stone-600 dark:text-stone-400">{article.kicker}</p>}
        <h1 id="article-title" className="mt-1 font-serif text-3xl font-bold leading-tight md:text-4xl">
          {article.title ?? KIND_LABELS[article.kind]}
        </h1>
        {article.subtitle && <p className="mt-2 font-serif text-lg text-stone-700 dark:text-stone-300">{article.subtitle}</p>}
        <p className="mt-4 flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-500 dark:text-stone-400">
          <time dateTime={article.date}>{formatChineseDate(article.date)}</time>
          {article.kind !== "news" && <span>{KIND_LABELS[article.kind]}</span>}
          {article.bylines.map((byline) => (
            <Byline key={byline.name} byline={byline} />
          ))}
        </p>
      </header>

      <div className="mt-6 space-y-4 font-serif text-lg leading-8 text-stone-900 dark:text-stone-100">
        {article.paragraphs.map((paragraph, index) => (
          <p key={index} className="indent-[2em]">
            {paragraph}
          </p>
        ))}
      </div>

      {(article.officials.length > 0 || article.topics.length > 0) && (
        <footer className="mt-10 space-y-6 border-t border-stone-200 pt-6 text-sm dark:border-stone-800">
          {article.officials.length > 0 && (
            <section aria-labelledby="article-officials">
              <h2 id="article-officials" className="font-serif text-lg font-bold">
                文中领导
              </h2>
              {local.length > 0 && (
                <ul className="mt-2 space-y-1">
                  {local.map((official) => (
                    <OfficialItem key={official.slug} official={official} />
                  ))}
                </ul>
              )}
              {national.length > 0 && (
                <p className="mt-3 text-stone-500 dark:text-stone-400">
                  另提及中央领导：
                  {national.map((official, index) => (
                    <span key={official.slug}>
                      {index > 0 && "、"}
                      <Link href={`/officials/${encodeURIComponent(official.slug)}`} className={linkClass}>
                        {official.name}
                      </Link>
                    </span>
                  ))}
                </p>
              )}
            </section>
          )}
          {article.topics.length > 0 && (
            <section aria-labelledby="article-topics">
              <h2 id="article-topics" className="font-serif text-lg font-bold">
                主题
              </h2>
              <ul className="mt-2 flex flex-wrap gap-2">
                {article.topics.map((topic) => (
                  <li key={topic.slug}>
                    <Link href={`/topics/${topic.slug}`} className="rounded-sm bg-stone-100 px-2 py-1 hover:text-paper-red dark:bg-stone-800">
                      {topic.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </footer>
      )}
      <p className="mt-10">
        <Link href="/" className="text-paper-red underline underline-offset-4">
          ← 返回文章列表
        </Link>
      </p>
    </article>
  );
}
