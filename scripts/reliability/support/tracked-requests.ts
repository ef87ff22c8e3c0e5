// Requests on fresh connections (no keep-alive) with their timeline, to tell which ones the
// server had accepted when it was told to stop, and how each one ended.
import http from "node:http";

export interface TrackedRequest {
  /** Sent as X-Request-Id; with TRACE_REQUESTS=1 the app logs it when it begins the request. */
  id: string;
  path: string;
  sentAt: number;
  /** When the TCP connection was established (the server's kernel accepted it). */
  connectedAt?: number;
  endedAt?: number;
  /** When the status line and headers arrived. */
  answeredAt?: number;
  status?: number;
  /** The whole response arrived (Content-Length or chunked terminator seen). */
  isComplete: boolean;
  /** ECONNREFUSED, ECONNRESET, … */
  error?: string;
}

let sequence = 0;

export function trackedGet(baseURL: string, path: string): Promise<TrackedRequest> {
  const url = new URL(path, baseURL);
  const tracked: TrackedRequest = { id: `r${++sequence}`, path, sentAt: Date.now(), isComplete: false };
  return new Promise((resolve) => {
    const finish = (error?: string) => {
      if (tracked.endedAt) return;
      tracked.endedAt = Date.now();
      if (error) tracked.error = error;
      resolve(tracked);
    };
    const request = http.get(url, { agent: false, headers: { Connection: "close", "X-Request-Id": tracked.id }, timeout: 60_000 }, (response) => {
      tracked.status = response.statusCode;
      tracked.answeredAt = Date.now();
      response.resume();
      response.once("end", () => {
        tracked.isComplete = response.complete;
        finish();
      });
      response.once("error", (error: NodeJS.ErrnoException) => finish(error.code ?? error.message));
    });
    request.once("socket", (socket) => socket.once("connect", () => (tracked.connectedAt = Date.now())));
    request.once("timeout", () => request.destroy(new Error("timeout")));
    request.once("error", (error: NodeJS.ErrnoException) => finish(error.code ?? error.message));
  });
}
