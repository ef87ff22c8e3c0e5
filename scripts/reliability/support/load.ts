// Load with autocannon (in-process): `connections` keep-alive connections, each sending the next
// path from `nextPath` as soon as its previous answer arrived. Records every answer's status,
// latency and time, and hands each body to `inspect` for scenario-specific checks.
import autocannon from "autocannon";
import type { Sample } from "./stats";

export interface LoadOptions {
  baseURL: string;
  connections: number;
  durationSeconds: number;
  nextPath: () => string;
  /** Seconds before autocannon gives up on a request (it then counts as an error). */
  timeoutSeconds?: number;
  /** Date.now() that answer times count from (default: when the load starts). */
  origin?: number;
  /** Every answer, with the path that was asked and ms since the origin. */
  inspect?: (answer: { path: string; status: number; body: string; at: number }) => void;
}

export interface LoadResult {
  requests: number;
  byStatus: Record<number, number>;
  /** Connection errors and timeouts (answers with a bad status are counted in byStatus). */
  errors: number;
  errorCodes: Record<string, number>;
  samples: Sample[];
  /** Answers that were not 2xx (first 50). */
  failures: Array<{ path: string; status: number; at: number; snippet: string }>;
  seconds: number;
}

export interface RunningLoad {
  done: Promise<LoadResult>;
  /** Ends the load early; `done` then resolves with what was recorded. */
  stop(): void;
}

export function startLoad(options: LoadOptions): RunningLoad {
  const loadStartedAt = Date.now();
  const startedAt = options.origin ?? loadStartedAt;
  const result: LoadResult = { requests: 0, byStatus: {}, errors: 0, errorCodes: {}, samples: [], failures: [], seconds: 0 };
  let finish: (error: unknown) => void = () => {};
  const done = new Promise<LoadResult>((resolve, reject) => {
    finish = (error) => (error ? reject(error) : resolve({ ...result, seconds: (Date.now() - loadStartedAt) / 1000 }));
  });
  // With a callback autocannon returns its instance (an event emitter) instead of a promise.
  const instance = autocannon({
    url: options.baseURL,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: options.timeoutSeconds ?? 30,
    requests: [
      {
        setupRequest: (request, context) => {
          const path = options.nextPath();
          (context as { path?: string }).path = path;
          return { ...request, method: "GET", path };
        },
        onResponse: (status, body, context) => {
          const path = (context as { path?: string }).path ?? "?";
          const at = Date.now() - startedAt;
          if ((status < 200 || status >= 300) && result.failures.length < 50) result.failures.push({ path, status, at, snippet: body.slice(0, 200) });
          options.inspect?.({ path, status, body, at });
        },
      },
    ],
  }, (error) => finish(error));
  instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    result.requests++;
    result.byStatus[status] = (result.byStatus[status] ?? 0) + 1;
    result.samples.push({ at: Date.now() - startedAt, ms });
  });
  instance.on("reqError", (error: { code?: string; message?: string }) => {
    result.errors++;
    const code = error.code ?? error.message ?? "unknown";
    result.errorCodes[code] = (result.errorCodes[code] ?? 0) + 1;
  });
  return { done, stop: () => instance.stop() };
}
