// Runs before the article list and every /admin and /api/admin request. The list (`/?…`) is
// rewritten to its cached twin `/l/[state]` (lib/cache/list-state.ts). The admin gets a
// nonce-based Content-Security-Policy, a cross-site check for state-changing API requests, and an
// early redirect to sign-in when there is no session cookie at all. This is only a first gate:
// every admin page, action and route handler checks the session itself.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, generateNonce } from "@/lib/auth/csp";
import { encodeListState, LIST_ROUTE_PREFIX } from "@/lib/cache/list-state";
import { isSameOrigin, isStateChanging } from "@/lib/auth/origin";
import { SESSION_COOKIE_NAME } from "@/lib/auth/token";

const LOGIN_PATH = "/admin/login";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/") return rewriteToCachedList(request);
  if (pathname.startsWith("/api/admin")) {
    if (isStateChanging(request.method) && !isSameOrigin(request.headers)) return new NextResponse("Cross-site request refused", { status: 403 });
    return NextResponse.next();
  }

  const isPageRequest = request.method === "GET" && !request.headers.has("next-action");
  if (pathname !== LOGIN_PATH && isPageRequest && !request.cookies.has(SESSION_COOKIE_NAME)) {
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

/** GETs of the list go to its cached route; anything else (a form POST) is left to `/` itself. */
function rewriteToCachedList(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const target = new URL(`${LIST_ROUTE_PREFIX}${encodeListState(request.nextUrl.searchParams)}`, request.url);
  // Next.js checks the _rsc parameter of client navigations against their headers: keep it.
  const rsc = request.nextUrl.searchParams.get("_rsc");
  if (rsc !== null) target.searchParams.set("_rsc", rsc);
  return NextResponse.rewrite(target);
}

export const config = {
  matcher: ["/", "/admin", "/admin/:path*", "/api/admin/:path*"],
};
