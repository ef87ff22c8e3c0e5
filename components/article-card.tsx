import Link from "next/link";
import { formatChineseDate, KIND_LABELS } from "@/lib/articles/format";
import { listHref } from "@/lib/articles/list-href";
import type { ArticleSummary } from "@/lib/articles/queries";
import type { TextSegment } from "@/lib/search/snippet";
import { HighlightedText } from "./highlighted-text";

const MAX_OFFICIALS = 8;

export function ArticleCard({ article, headingLevel = 2 }: { article: ArticleSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headline = article.title ?? KIND_LABELS[article.kind];
  const officials = article.officials.slice(0, MAX_OFFICIALS);
  const { highlights } = article;
  const marked = (segments: TextSegment[] | null | undefined, text: string) => (segments ? <HighlightedText segments={segments} /> : text);
  return (
    <article className="border-b border-stone-200 py-5 dark:border-stone-800" aria-labelledby={`article-${article.id}`}>
      {article.kicker && <p className="text-sm text-stone-600 dark:text-stone-400">{marked(highlights?.kicker, article.kicker)}</p>}
      <Heading id={`article-${article.id}`} className="font-serif text-xl font-bold leading-snug">
        <Link href={`/articles/${article.id}`} className="hover:text-paper-red hover:underline">
          {marked(highlights?.title, headline)}
        </Link>
      </Heading>
      {article.subtitle && <p className="mt-1 text-stone-700 dark:text-stone-300">{marked(highlights?.subtitle, article.subtitle)}</p>}
      <p className="mt-2 text-sm text-stone-500 dark:text-stone-400">
        <time dateTime={article.date}>{formatChineseDate(article.date)}</time>
        {article.kind !== "news" && <span className="ml-2">{KIND_LABELS[article.kind]}</span>}
        {article.reporters.length > 0 && (
          <span className="ml-2">
            记者{" "}
            {article.reporters.map((name, index) => (
              <span key={name}>
                {index > 0 && "、"}
                <Link href={`/reporters/${encodeURIComponent(name)}`} className="underline-offset-2 hover:text-paper-red hover:underline">
                  {name}
                </Link>
              </span>
            ))}
          </span>
        )}
      </p>
      <p className="mt-2 leading-7 text-stone-800 dark:text-stone-200">{highlights ? <SearchSnippet segments={highlights.snippet} /> : article.lead}</p>
      {(officials.length > 0 || article.topics.length > 0) && (
        <dl className="mt-3 space-y-1 text-sm">
          {officials.length > 0 && (
            <div className="flex flex-wrap gap-x-2 gap-y-1">
              <dt className="text-stone-500 dark:text-stone-400">领导</dt>
              {officials.map((name) => (
                <dd key={name}>
                  <Link href={listHref({ officials: [name] })} className="text-stone-700 underline-offset-2 hover:text-paper-red hover:underline dark:text-stone-300">
                    {name}
                  </Link>
                </dd>
              ))}
              {article.officials.length > officials.length && <dd className="text-stone-500 dark:text-stone-400">等 {article.officials.length} 人</dd>}
            </div>
          )}
          {article.topics.length > 0 && (
            <div className="flex flex-wrap gap-x-2 gap-y-1">
              <dt className="text-stone-500 dark:text-stone-400">主题</dt>
              {article.topics.map((topic) => (
                <dd key={topic.slug}>
                  <Link
                    href={listHref({ topic: topic.slug })}
                    className="rounded-sm bg-stone-100 px-1.5 py-0.5 text-stone-700 hover:text-paper-red dark:bg-stone-800 dark:text-stone-300"
                  >
                    {topic.name}
                  </Link>
                </dd>
              ))}
            </div>
          )}
        </dl>
      )}
    </article>
  );
}

/** The best-matching passage of the body, with "…" where it is cut. */
function SearchSnippet({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      <span className="sr-only">正文摘录：</span>
      <HighlightedText segments={segments} />
    </>
  );
}
