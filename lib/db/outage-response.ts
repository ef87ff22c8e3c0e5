// What proxy.ts answers while the database is unreachable: 503 in the form each client expects.
import { NOTICE_PAGE_CSP } from "@/lib/http/notice-page";
import { ACTION_UNAVAILABLE_MESSAGE, UNAVAILABLE_TITLE } from "./outage-messages";
import { renderOutagePage } from "./outage-page";

export interface OutageRequest {
  method: string;
  pathname: string;
  search: string;
  headers: Headers;
}

const COMMON_HEADERS = {
  "Cache-Control": "no-store",
  // Clients that honour it come back when a restart usually has finished.
  "Retry-After": "5",
};

export function outageResponse(request: OutageRequest): Response {
  if (request.pathname === "/api/health") {
    return Response.json({ status: "degraded", db: "down" }, { status: 503, headers: COMMON_HEADERS });
  }
  if (request.pathname.startsWith("/api/")) {
    return Response.json({ error: { message: UNAVAILABLE_TITLE } }, { status: 503, headers: COMMON_HEADERS });
  }
  // A server action (an editor's save): Next's client shows a text/plain error's text as the error.
  if (request.headers.has("next-action")) {
    return new Response(ACTION_UNAVAILABLE_MESSAGE, { status: 503, headers: { ...COMMON_HEADERS, "Content-Type": "text/plain" } });
  }
  const body = request.method === "HEAD" ? null : renderOutagePage(`${request.pathname}${request.search}`);
  return new Response(body, {
    status: 503,
    headers: { ...COMMON_HEADERS, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": NOTICE_PAGE_CSP },
  });
}
