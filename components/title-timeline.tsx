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

const monthNumber = (isoDate: string) => Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;

/** Where a span lies within the official's whole time in the paper, as percentages of a track. */
function trackPosition(span: TitleSpan, first: number, months: number) {
  const start = monthNumber(span.firstDate) - first;
  const length = monthNumber(span.lastDate) - monthNumber(span.firstDate) + 1;
  return { left: `${(start / months) * 100}%`, width: `${(length / months) * 100}%` };
}

/** The titles an official held as the paper printed them, oldest first, each with its place on a shared time track. */
export function TitleTimeline({ timeline }: { timeline: TitleSpan[] }) {
  const first = Math.min(...timeline.map((span) => monthNumber(span.firstDate)));
  const last = Math.max(...timeline.map((span) => monthNumber(span.lastDate)));
  const months = last - first + 1;
  const isSpread = timeline.length > 1 && months > 1;

  return (
    <>
      <ol className="relative mt-3 space-y-4 border-l-2 border-paper-red/40 pl-5">
        {timeline.map((span) => (
          <li key={`${span.jurisdiction}|${span.titles.join("、")}`} className="relative">
            <span aria-hidden="true" className="absolute top-2 -left-[1.6rem] size-2.5 rounded-full bg-paper-red" />
            <p className="flex flex-wrap items-baseline gap-x-2 font-serif text-base font-semibold">
              {span.titles.length > 0 ? span.titles.join("、") : <span className="font-sans font-normal text-stone-600 dark:text-stone-400">未写明职务</span>}
              {span.titles.length > 0 && <JurisdictionTag jurisdiction={span.jurisdiction} titles={span.titles} />}
            </p>
            <p className="text-sm text-stone-600 dark:text-stone-400">
              <Period span={span} />
              <span className="ml-2">{span.articleCount} 篇</span>
            </p>
            {isSpread && (
              <div aria-hidden="true" className="relative mt-1.5 h-1.5 max-w-md rounded-full bg-stone-200 dark:bg-stone-800">
                <div className="absolute inset-y-0 min-w-1.5 rounded-full bg-paper-red/80" style={trackPosition(span, first, months)} />
              </div>
            )}
          </li>
        ))}
      </ol>
      {isSpread && (
        <div aria-hidden="true" className="mt-1 ml-0.5 pl-5">
          <p className="flex max-w-md justify-between text-xs text-stone-600 dark:text-stone-400">
            <span>{formatChineseMonth(timeline.map((span) => span.firstDate).sort()[0]!)}</span>
            <span>{formatChineseMonth(timeline.map((span) => span.lastDate).sort().at(-1)!)}</span>
          </p>
        </div>
      )}
      <p className="mt-3 text-xs text-stone-600 dark:text-stone-400">
        职务以报道所写为准；未写明职务的报道计入此前最近一次写明的职务。
        {isSpread && "横条：灰色为全部见报时间，红色为该职务见报的时间。"}
      </p>
    </>
  );
}
