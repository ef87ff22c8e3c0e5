import Link from "next/link";
import { formatChineseDate } from "@/lib/articles/format";
import { listHref } from "@/lib/articles/list-href";
import type { ArticleOfficialMention } from "@/lib/articles/queries";
import { JurisdictionTag } from "./jurisdiction-tag";

const linkClass = "underline-offset-4 hover:text-paper-red hover:underline";

/** Titles as this article prints them, else those of the nearest article that does, marked as borrowed. */
function OfficialTitles({ official }: { official: ArticleOfficialMention }) {
  if (official.titles.length > 0) return <span className="text-stone-600 dark:text-stone-400">{official.titles.join("、")}</span>;
  const nearest = official.nearestTitles;
  if (!nearest) return null;
  return (
    <span className="text-stone-600 dark:text-stone-400">
      {nearest.titles.join("、")}
      <span className="ml-1 text-xs text-stone-500 dark:text-stone-400">
        （本文未注职务，据{" "}
        <Link href={`/articles/${nearest.articleId}`} className={`underline decoration-dotted ${linkClass}`}>
          {formatChineseDate(nearest.date)}报道
        </Link>
        ）
      </span>
    </span>
  );
}

function OfficialItem({ official, index }: { official: ArticleOfficialMention; index: number }) {
  const jurisdiction = official.nearestTitles?.jurisdiction ?? official.jurisdiction;
  const titles = official.titles.length > 0 ? official.titles : (official.nearestTitles?.titles ?? []);
  const nameId = `article-official-${index}`;
  return (
    <li className="flex flex-wrap items-baseline gap-x-2">
      <Link id={nameId} href={`/officials/${encodeURIComponent(official.slug)}`} className={`font-semibold underline decoration-stone-300 decoration-dotted ${linkClass}`}>
        {official.name}
      </Link>
      <JurisdictionTag jurisdiction={jurisdiction} titles={titles} />
      <OfficialTitles official={official} />
      {/* Described by the name, not named by it: the name link alone is "章旭升". */}
      <Link href={listHref({ officials: [official.name] })} aria-describedby={nameId} className={`text-xs text-stone-500 dark:text-stone-400 ${linkClass}`}>
        相关文章
      </Link>
    </li>
  );
}

/** 文中领导: local officials with their titles at the article's date; national leaders by name. */
export function ArticleOfficials({ officials }: { officials: ArticleOfficialMention[] }) {
  const local = officials.filter((official) => official.jurisdiction !== "national");
  const national = officials.filter((official) => official.jurisdiction === "national");
  return (
    <section aria-labelledby="article-officials">
      <h2 id="article-officials" className="font-serif text-lg font-bold">
        文中领导
      </h2>
      {local.length > 0 && (
        <ul className="mt-2 space-y-1">
          {local.map((official, index) => (
            <OfficialItem key={official.slug} official={official} index={index} />
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
  );
}
