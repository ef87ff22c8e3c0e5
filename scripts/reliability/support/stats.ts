// Latency figures for the reliability reports (pure).

export interface Sample {
  /** ms since the run started */
  at: number;
  /** response time, ms */
  ms: number;
}

export interface WindowSummary {
  /** seconds since the start of the run at which the window begins */
  fromSecond: number;
  requests: number;
  p50: number;
  p95: number;
  max: number;
}

/** The p-th percentile (0–100) by nearest rank; 0 for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1]!;
}

/** One summary per window of `windowMs`, from the first to the last window holding a sample. */
export function summarizeWindows(samples: readonly Sample[], windowMs: number): WindowSummary[] {
  const windows = new Map<number, number[]>();
  for (const { at, ms } of samples) {
    const index = Math.floor(at / windowMs);
    const list = windows.get(index) ?? [];
    list.push(ms);
    windows.set(index, list);
  }
  const last = Math.max(-1, ...windows.keys());
  return Array.from({ length: last + 1 }, (_, index) => {
    const values = windows.get(index) ?? [];
    return {
      fromSecond: (index * windowMs) / 1000,
      requests: values.length,
      p50: percentile(values, 50),
      p95: percentile(values, 95),
      max: values.length ? Math.max(...values) : 0,
    };
  });
}

/** Relative growth from `start` to `end` (0.1 = 10 %). */
export const growth = (start: number, end: number) => (start > 0 ? (end - start) / start : 0);
