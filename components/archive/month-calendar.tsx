import Link from "next/link";
import { monthWeeks, WEEKDAYS } from "@/lib/archive/calendar";
import { archiveHref } from "@/lib/archive/params";

interface MonthCalendarProps {
  year: number;
  month: number;
  /** Articles per day of the month (days without an issue left out). */
  counts: ReadonlyMap<number, number>;
  /** "full": the month page's large grid; "compact": one of the year page's twelve. */
  size: "full" | "compact";
}

const CELL = {
  full: { cell: "h-14 sm:h-20", day: "text-base sm:text-lg", count: "text-xs sm:text-sm", empty: "rounded-sm border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900" },
  compact: { cell: "h-9 sm:h-10", day: "text-xs leading-tight sm:text-sm", count: "text-[0.65rem] leading-none", empty: "" },
};

/** A month as a Monday-first grid; each date with an issue links to it and shows its article count. */
export function MonthCalendar({ year, month, counts, size }: MonthCalendarProps) {
  const style = CELL[size];
  return (
    <table className="w-full table-fixed border-collapse text-center">
      <caption className="sr-only">
        {year}年{month}月
      </caption>
      <thead>
        <tr className="text-xs text-stone-600 dark:text-stone-400">
          {WEEKDAYS.map((weekday) => (
            <th key={weekday} scope="col" className="pb-1 font-normal">
              {size === "full" ? (
                weekday
              ) : (
                <>
                  <span aria-hidden="true">{weekday.slice(1)}</span>
                  <span className="sr-only">{weekday}</span>
                </>
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(year, month).map((week, index) => (
          <tr key={index}>
            {week.map((day, column) => {
              if (day === null) return <td key={`blank-${column}`} className={style.cell} />;
              const count = counts.get(day);
              return (
                <td key={day} className={`${style.cell} p-0.5`}>
                  {count ? (
                    <Link
                      href={archiveHref({ year, month, day })}
                      aria-label={`${month}月${day}日，${count} 篇`}
                      className="flex h-full flex-col items-center justify-center rounded-sm border border-paper-red/40 bg-red-50 text-paper-red hover:border-paper-red hover:bg-red-100 dark:bg-red-950/60 dark:text-red-300 dark:hover:bg-red-900/60"
                    >
                      <span className={`${style.day} font-bold tabular-nums`}>{day}</span>
                      <span className={`${style.count} tabular-nums`}>
                        {count}
                        {/* Narrow compact cells have room for the number only. */}
                        <span className={size === "compact" ? "hidden sm:inline" : undefined}> 篇</span>
                      </span>
                    </Link>
                  ) : (
                    <span className={`flex h-full items-center justify-center ${style.empty} ${style.day} tabular-nums text-stone-500 dark:text-stone-400`}>{day}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
