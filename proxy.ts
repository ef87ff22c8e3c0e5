// Runs before every request but static assets and the benchmark's floor (/api/ping), in the
// Node.js runtime of `next start`:
//
// 1. An address no route can serve (undecodable %-escapes, NUL) gets a Chinese 400 at once.
// 2. While the database is unreachable, answers 503 at once (a Chinese page, a JSON error, or
//    plain text for a server action), so no page renders half and fails. Healthy requests pay
//    one boolean read: the state is set by failed connections (lib/db/availability.ts), and
//    only while it says "down" does one probe per second go to the database.
// 3. The list (`/?…`) is rewritten to its cached twin `/l/[state]` (lib/cache/list-state.ts), a
//    profile's `?page=n` to its cached `/p/n` (lib/cache/profile-page-path.ts).
// 4. For /admin and /api/admin: a nonce-based Content-Security-Policy for the admin pages, a
//    cross-site check for state-changing API requests, and an early redirect to sign-in when
//    there is no session cookie at all. This is only a first gate: every admin page, action
//    and route handler checks the session itself.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, generateNonce } from "@/lib/auth/csp";
import { isSameOrigin, isStateChanging } from "@/lib/auth/origin";
import { SESSION_COOKIE_NAME } from "@/lib/auth/token";
import { encodeListState, LIST_ROUTE_PREFIX } from "@/lib/cache/list-state";
import { profilePagePath } from "@/lib/cache/profile-page-path";
import { checkDatabaseAvailable, isDatabaseMarkedDown } from "@/lib/db/availability";
import { outageResponse } from "@/lib/db/outage-response";
import { probeDatabase } from "@/lib/db/probe";
import { env } from "@/lib/env";
import { badRequestResponse } from "@/lib/http/bad-request-response";
import { findMalformedUrlPart } from "@/lib/http/url-guard";

const LOGIN_PATH = "/admin/login";
// Diagnostics for the shutdown check (scripts/reliability): which requests the server began.
const isTracingRequests = process.env.TRACE_REQUESTS === "1";

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isTracingRequests) console.log(`[request] began ${request.headers.get("x-request-id") ?? "-"} ${pathname}`);
  if (findMalformedUrlPart(pathname, search)) return badRequestResponse(pathname);
  if (isDatabaseMarkedDown() && !(await checkDatabaseAvailable(() => probeDatabase(env.DATABASE_URL)))) {
    return outageResponse({ method: request.method, pathname, search, headers: request.headers });
  }
  if (pathname === "/") return rewriteReads(request, `${LIST_ROUTE_PREFIX}${encodeListState(request.nextUrl.searchParams)}`);
  if (pathname.startsWith("/api/admin")) return adminApiGate(request);
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return adminPageGate(request);
  return rewriteToCachedProfilePage(request);
}

/** `?page=n` of a profile to its cached path (lib/cache/profile-page-path.ts); anything else passes. */
function rewriteToCachedProfilePage(request: NextRequest) {
  const target = profilePagePath(request.nextUrl.pathname, request.nextUrl.searchParams);
  return target ? rewriteReads(request, target) : NextResponse.next();
}

/** GETs go to the cached route; anything else (a form POST) is left to the address itself. */
function rewriteReads(request: NextRequest, path: string) {
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const target = new URL(path, request.url);
  // Next.js checks the _rsc parameter of client navigations against their headers: keep it.
  const rsc = request.nextUrl.searchParams.get("_rsc");
  if (rsc !== null) target.searchParams.set("_rsc", rsc);
  return NextResponse.rewrite(target);
}

function adminApiGate(request: NextRequest) {
  if (isStateChanging(request.method) && !isSameOrigin(request.headers)) return new NextResponse("Cross-site request refused", { status: 403 });
  return NextResponse.next();
}

function adminPageGate(request: NextRequest) {
  const isPageRequest = request.method === "GET" && !request.headers.has("next-action");
  if (request.nextUrl.pathname !== LOGIN_PATH && isPageRequest && !request.cookies.has(SESSION_COOKIE_NAME)) {
    return NextResponse.redirect(new URL(LOGIN_PATH, request.url));
  }

  const nonce = generateNonce();
  const policy = contentSecurityPolicy({ isDev: process.env.NODE_ENV === "development", nonce });
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = {
  // Everything but the build's static files and the floor: pages, route handlers and server
  // actions alike. The floor stays the framework's own, so that the benchmark's ratios include
  // what this proxy costs every other route.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|api/ping).*)"],
};
