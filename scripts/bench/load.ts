// One load run with autocannon, in process: requests per second and exact latency percentiles
// (autocannon's own summary has no p95, so every response time is kept).
import autocannon from "autocannon";
import { percentile } from "../support/latency";

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
}

export async function runLoad(options: { baseUrl: string; paths: readonly string[]; connections: number; seconds: number }): Promise<LoadResult> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        requests: options.paths.map((path) => ({ method: "GET", path })),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  return {
    connections: options.connections,
    seconds: options.seconds,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / options.seconds,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Each path once, one at a time: the latency of pages nobody has asked for since the caches were emptied. */
export async function runCold(baseUrl: string, paths: readonly string[]): Promise<{ p50: number; p95: number; max: number; non2xx: number; notFound: number }> {
  const times: number[] = [];
  let non2xx = 0;
  let notFound = 0;
  for (const path of paths) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${path}`);
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (response.status < 200 || response.status >= 300) non2xx++;
    if (response.status === 404) notFound++;
  }
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: Math.max(...times), non2xx, notFound };
}
