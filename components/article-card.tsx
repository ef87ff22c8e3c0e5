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
    <article className="card" aria-labelledby={`article-${article.id}`}>
      {article.kicker && <p className="card-kicker">{marked(highlights?.kicker, article.kicker)}</p>}
      <Heading id={`article-${article.id}`} className="card-title">
        <Link href={`/articles/${article.id}`}>
          {marked(highlights?.title, headline)}
        </Link>
      </Heading>
      {article.subtitle && <p className="card-subtitle">{marked(highlights?.subtitle, article.subtitle)}</p>}
      <p className="card-meta">
        <time dateTime={article.date}>{formatChineseDate(article.date)}</time>
        {article.kind !== "news" && <span className="ml-2">{KIND_LABELS[article.kind]}</span>}
        {article.reporters.length > 0 && (
          <span className="ml-2">
            记者{" "}
            {article.reporters.map((name, index) => (
              <span key={name}>
                {index > 0 && "、"}
                <a href={`/reporters/${encodeURIComponent(name)}`} className="name-link">
                  {name}
                </a>
              </span>
            ))}
          </span>
        )}
      </p>
      <p className="card-lead">{highlights ? <SearchSnippet segments={highlights.snippet} /> : article.lead}</p>
      {(officials.length > 0 || article.topics.length > 0) && (
        // Plain links: a list shows hundreds of them, which as <Link>s would each add a client
        // component to the page's payload and a prefetch; the lists they open are cached pages.
        <dl className="card-tags">
          {officials.length > 0 && (
            <div>
              <dt>领导</dt>
              {officials.map((name) => (
                <dd key={name}>
                  <a href={listHref({ officials: [name] })} className="name-link">
                    {name}
                  </a>
                </dd>
              ))}
              {article.officials.length > officials.length && <dd className="card-more">等 {article.officials.length} 人</dd>}
            </div>
          )}
          {article.topics.length > 0 && (
            <div>
              <dt>主题</dt>
              {article.topics.map((topic) => (
                <dd key={topic.slug}>
                  <a href={listHref({ topic: topic.slug })} className="topic-chip">
                    {topic.name}
                  </a>
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
