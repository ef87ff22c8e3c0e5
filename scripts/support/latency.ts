// Latency figures for benchmark scripts (printed, never asserted).

export function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}

/** Times sequential GETs of each path, `runs` times after one warm-up round; throws on a non-200 answer. */
export async function timePages(baseUrl: string, paths: readonly string[], runs: number): Promise<number[][]> {
  const timings: number[][] = paths.map(() => []);
  for (let run = 0; run <= runs; run++) {
    for (const [index, path] of paths.entries()) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}${path}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
      if (run > 0) timings[index]?.push(performance.now() - started);
    }
  }
  return timings;
}
