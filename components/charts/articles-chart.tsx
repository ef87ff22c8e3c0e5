import { describeSeries, type Series, type SeriesBar } from "@/lib/stats/series";
import { BarChart } from "./bar-chart";

interface ArticlesChartProps {
  series: Series;
  /** Whose articles: 章旭升, 疫情防控 … (goes into the summary). */
  subject: string;
  hrefFor: (bar: SeriesBar) => string;
}

/**
 * Articles over time: a bar chart drawn for the screen's width (a narrow one for phones, a wide
 * one from the sm breakpoint, so text stays legible without any script), and the same figures as
 * a table under "查看数据".
 */
export function ArticlesChart({ series, subject, hrefFor }: ArticlesChartProps) {
  if (series.bars.length === 0) return <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">还没有已发布的文章。</p>;
  const summary = describeSeries(series, subject);
  const unit = series.unit === "month" ? "月份" : "年份";

  return (
    <figure className="mt-3">
      <div className="sm:hidden">
        <BarChart series={series} label={summary} hrefFor={hrefFor} width={340} height={190} />
      </div>
      <div className="hidden sm:block">
        <BarChart series={series} label={summary} hrefFor={hrefFor} width={720} height={230} />
      </div>
      <figcaption className="mt-2 text-xs text-stone-600 dark:text-stone-400">
        {series.unit === "month" ? "按文章日期每月统计；点击柱形查看当月文章。" : "时间跨度较长，按文章日期每年统计；点击柱形查看当年文章。"}
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer rounded-sm text-paper-red underline-offset-4 hover:underline">查看数据</summary>
        <table className="mt-2 w-full max-w-sm border-collapse">
          <caption className="sr-only">{summary}</caption>
          <thead>
            <tr className="border-b-2 border-stone-300 text-left text-stone-600 dark:border-stone-700 dark:text-stone-400">
              <th scope="col" className="py-1 pr-4 font-normal">
                {unit}
              </th>
              <th scope="col" className="py-1 text-right font-normal">
                文章数
              </th>
            </tr>
          </thead>
          <tbody>
            {series.bars.map((bar) => (
              <tr key={bar.key} className="border-b border-stone-200 dark:border-stone-800">
                <th scope="row" className="py-1 pr-4 text-left font-normal">
                  {bar.articles > 0 ? (
                    <a href={hrefFor(bar)} className="underline-offset-4 hover:text-paper-red hover:underline">
                      {bar.label}
                    </a>
                  ) : (
                    bar.label
                  )}
                </th>
                <td className="py-1 text-right tabular-nums">{bar.articles}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="py-1 pr-4 text-left font-semibold">
                合计
              </th>
              <td className="py-1 text-right font-semibold tabular-nums">{series.total}</td>
            </tr>
          </tfoot>
        </table>
      </details>
    </figure>
  );
}
