// The titles to show for an official an article names without any (pure).
//
// Many articles list officials bare (市领导 lists, 陈建勋、郑云涛等参加). The reader still wants to
// know who they were at that date, so we borrow the titles of the nearest dated article that
// prints them, and say so. Nearest in time either way: the paper restates titles only now and
// then, and a title printed two days later is a better guess than one printed two years before.

export interface DatedTitles {
  titles: string[];
  jurisdiction: string;
  /** YYYY-MM-DD of the article that prints them. */
  date: string;
  articleId: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/**
 * The candidate printed closest to `date`; on a tie the earlier one, whose titles were already
 * in force on that date. Candidates without titles are ignored.
 */
export function pickNearestTitles(date: string, candidates: readonly DatedTitles[]): DatedTitles | null {
  const target = dayNumber(date);
  let best: DatedTitles | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate.titles.length === 0) continue;
    const distance = Math.abs(dayNumber(candidate.date) - target);
    const isEarlierOnTie = best !== null && distance === bestDistance && candidate.date < best.date;
    if (distance < bestDistance || isEarlierOnTie) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
