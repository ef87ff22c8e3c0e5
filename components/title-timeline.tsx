import { formatChineseMonth } from "@/lib/articles/format";
import type { TitleSpan } from "@/lib/officials/title-timeline";
import { JurisdictionTag } from "./jurisdiction-tag";

function Period({ span }: { span: TitleSpan }) {
  const first = <time dateTime={span.firstDate}>{formatChineseMonth(span.firstDate)}</time>;
  if (span.firstDate.slice(0, 7) === span.lastDate.slice(0, 7)) return first;
  return (
    <>
      {first}
      <span aria-hidden="true"> → </span>
      <span className="sr-only">至</span>
      <time dateTime={span.lastDate}>{formatChineseMonth(span.lastDate)}</time>
    </>
  );
}

/** The titles an official held as the paper printed them, oldest first. */
export function TitleTimeline({ timeline }: { timeline: TitleSpan[] }) {
  return (
    <>
      <ol className="relative mt-3 space-y-3 border-l-2 border-paper-red/40 pl-5">
        {timeline.map((span) => (
          <li key={`${span.jurisdiction}|${span.titles.join("、")}`} className="relative">
            <span aria-hidden="true" className="absolute top-2 -left-[1.6rem] size-2.5 rounded-full bg-paper-red" />
            <p className="flex flex-wrap items-baseline gap-x-2 font-serif text-base font-semibold">
              {span.titles.length > 0 ? span.titles.join("、") : <span className="font-sans font-normal text-stone-500">未写明职务</span>}
              {span.titles.length > 0 && <JurisdictionTag jurisdiction={span.jurisdiction} titles={span.titles} />}
            </p>
            <p className="text-sm text-stone-600 dark:text-stone-400">
              <Period span={span} />
              <span className="ml-2">{span.articleCount} 篇</span>
            </p>
          </li>
        ))}
      </ol>
      <p className="mt-3 text-xs text-stone-500 dark:text-stone-400">职务以报道所写为准；未写明职务的报道计入此前最近一次写明的职务。</p>
    </>
  );
}
