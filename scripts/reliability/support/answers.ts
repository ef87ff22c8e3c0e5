// Classifying what the app answered during an outage (pure).
import { UNAVAILABLE_TITLE } from "@/lib/db/outage-messages";

/** Text that must never reach a reader: stack frames, framework error pages, driver messages. */
const LEAKS = [
  /\bat [\w$.<>]+ \([^)]*:\d+:\d+\)/, // a stack frame
  /Internal Server Error/i,
  /Application error/i,
  /server-side exception/i,
  /ECONNREFUSED|ECONNRESET/,
  /prisma/i,
  /terminating connection|Connection terminated|Can't reach database/i,
];

export type AnswerKind = "ok" | "outage-503" | "error-page" | "other";

/** The reader error boundary's heading (app/(reader)/error.tsx). */
const READER_ERROR_HEADING = "页面暂时无法显示";

/**
 * The digest Next puts in a page's flight data in place of a server error: in its shell for a render
 * that failed before anything was sent, or in a page whose streamed part (a Suspense boundary)
 * failed. The browser renders the segment's error boundary (the Chinese page above) either way.
 */
const hasErrorDigest = (body: string) => /E\{\\?"digest\\?"/.test(body);

export function classifyAnswer(status: number, body: string): AnswerKind {
  const isErrorPage = body.includes(READER_ERROR_HEADING) || hasErrorDigest(body);
  if (status >= 200 && status < 300 && !isErrorPage) return "ok";
  if (status === 503 && (body.includes(UNAVAILABLE_TITLE) || body.includes('"db":"down"'))) return "outage-503";
  return isErrorPage ? "error-page" : "other";
}

/** The first leak pattern the body matches, or null. */
export function findLeak(body: string): string | null {
  return LEAKS.find((pattern) => pattern.test(body))?.source ?? null;
}
