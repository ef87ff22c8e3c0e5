import { AxisBottom, AxisLeft, type TickRendererProps } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { labelledBars, type Series, type SeriesBar } from "@/lib/stats/series";

interface BarChartProps {
  series: Series;
  /** Summary read out for the picture (role="img"). */
  label: string;
  /** The article list of one bar's month or year. */
  hrefFor: (bar: SeriesBar) => string;
  width: number;
  height: number;
}

const MARGIN = { top: 20, right: 8, bottom: 44 };
/** Room left of the plot for the count labels: 7 units a digit at font size 11. */
const leftMargin = (peak: number) => 12 + 7 * String(peak).length;
/** Room a tick label needs, in SVG units at font size 12 ("12月", "2022"). */
const LABEL_SPACING = 38;
/** Bars narrower than this carry no count above them (the table and the links still do). */
const MIN_VALUE_LABEL_WIDTH = 15;

/** SVG units to a tenth: finer than any screen shows, and a third of the digits in the page. */
const tenth = (value: number) => Math.round(value * 10) / 10;
const percent = (value: number, of: number) => `${((value / of) * 100).toFixed(3)}%`;

/** "8月|2022" → two lines under the tick: the month, and the year where a new one starts. */
function TickLabel({ x, y, formattedValue = "" }: TickRendererProps) {
  const [first, second] = formattedValue.split("|");
  return (
    <text x={x} y={y} textAnchor="middle" fontSize={12} fill="currentColor">
      <tspan x={x} dy="0.9em">
        {first}
      </tspan>
      {second && (
        <tspan x={x} dy="1.25em" fontWeight={600}>
          {second}
        </tspan>
      )}
    </text>
  );
}

/** The month under each labelled bar, with the year under the first labelled bar of each year. */
function tickTextsOf(labelled: SeriesBar[]): Map<string, string> {
  const texts = new Map<string, string>();
  let previousYear: number | null = null;
  for (const bar of labelled) {
    if (bar.month === undefined) texts.set(bar.key, String(bar.year));
    else texts.set(bar.key, bar.year === previousYear ? `${bar.month}月` : `${bar.month}月|${bar.year}`);
    previousYear = bar.year;
  }
  return texts;
}

/**
 * Articles per month (or year) as server-rendered SVG bars. The picture is one role="img" with a
 * summary; each non-empty bar is also an HTML link laid over its column (links cannot live inside
 * an image role), so keyboard and pointer users can open that month's articles.
 */
export function BarChart({ series, label, hrefFor, width, height }: BarChartProps) {
  const peak = Math.max(1, series.peak?.articles ?? 0);
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const y = scaleLinear<number>({ domain: [0, peak], range: [plotHeight, 0], nice: true });
  const countTicks = y.ticks(Math.min(peak, 4)).filter(Number.isInteger);
  const left = leftMargin(Math.max(...countTicks));
  const plotWidth = width - left - MARGIN.right;
  const keys = series.bars.map((bar) => bar.key);
  const x = scaleBand<string>({ domain: keys, range: [0, plotWidth], paddingInner: 0.2, paddingOuter: 0.1 });
  const labelled = labelledBars(series.bars, x.step(), LABEL_SPACING);
  const tickValues = keys.filter((key) => labelled.has(key));
  const tickTexts = tickTextsOf(series.bars.filter((bar) => labelled.has(bar.key)));
  const showValues = x.bandwidth() >= MIN_VALUE_LABEL_WIDTH;

  return (
    <div className="relative">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="block h-auto w-full text-stone-600 dark:text-stone-400">
        <Group left={left} top={MARGIN.top}>
          {countTicks.map((tick) => (
            <line key={tick} x1={0} x2={tenth(plotWidth)} y1={tenth(y(tick))} y2={tenth(y(tick))} stroke="currentColor" strokeOpacity={0.15} />
          ))}
          {series.bars.map((bar) => {
            const barTop = tenth(y(bar.articles));
            const barX = x(bar.key) ?? 0;
            return (
              <g key={bar.key}>
                <rect x={tenth(barX)} y={barTop} width={tenth(x.bandwidth())} height={tenth(plotHeight - barTop)} className="fill-paper-red" rx={1.5} />
                {showValues && bar.articles > 0 && (
                  <text x={tenth(barX + x.bandwidth() / 2)} y={barTop - 4} textAnchor="middle" fontSize={11} fill="currentColor">
                    {bar.articles}
                  </text>
                )}
              </g>
            );
          })}
          <AxisLeft
            scale={y}
            tickValues={countTicks}
            tickFormat={(value) => String(value)}
            hideAxisLine
            hideTicks
            tickLabelProps={{ fill: "currentColor", fontSize: 11, dx: -2 }}
          />
          <AxisBottom
            top={plotHeight}
            scale={x}
            tickValues={tickValues}
            tickFormat={(key) => tickTexts.get(key)}
            tickComponent={TickLabel}
            stroke="currentColor"
            tickStroke="currentColor"
            tickLength={4}
          />
        </Group>
      </svg>
      {series.bars.map((bar) =>
        bar.articles > 0 ? (
          <a
            key={bar.key}
            href={hrefFor(bar)}
            className="absolute rounded-sm hover:bg-paper-red/10 focus-visible:bg-paper-red/10"
            style={{
              left: percent(left + (x(bar.key) ?? 0) - (x.step() - x.bandwidth()) / 2, width),
              width: percent(x.step(), width),
              top: percent(MARGIN.top, height),
              height: percent(plotHeight, height),
            }}
          >
            <span className="sr-only">
              {bar.label}：{bar.articles} 篇
            </span>
          </a>
        ) : null,
      )}
    </div>
  );
}
