// Runs before the article list, the profiles and every /admin and /api/admin request. The list
// (`/?…`) is rewritten to its cached twin `/l/[state]` (lib/cache/list-state.ts), a profile's
// `?page=n` to its cached `/p/n` (lib/cache/profile-page-path.ts). The admin gets a
// nonce-based Content-Security-Policy, a cross-site check for state-changing API requests, and an
// early redirect to sign-in when there is no session cookie at all. This is only a first gate:
// every admin page, action and route handler checks the session itself.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, generateNonce } from "@/lib/auth/csp";
import { encodeListState, LIST_ROUTE_PREFIX } from "@/lib/cache/list-state";
import { profilePagePath } from "@/lib/cache/profile-page-path";
import { isSameOrigin, isStateChanging } from "@/lib/auth/origin";
import { SESSION_COOKIE_NAME } from "@/lib/auth/token";

const LOGIN_PATH = "/admin/login";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/") return rewriteToCachedList(request);
  if (!pathname.startsWith("/admin") && !pathname.startsWith("/api/admin")) return rewriteToCachedProfilePage(request);
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
  return rewriteReads(request, `${LIST_ROUTE_PREFIX}${encodeListState(request.nextUrl.searchParams)}`);
}

/** `?page=n` of a profile to its cached path (lib/cache/profile-page-path.ts); anything else passes. */
function rewriteToCachedProfilePage(request: NextRequest) {
  const target = profilePagePath(request.nextUrl.pathname, request.nextUrl.searchParams);
  return target ? rewriteReads(request, target) : NextResponse.next();
}

function rewriteReads(request: NextRequest, path: string) {
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const target = new URL(path, request.url);
  // Next.js checks the _rsc parameter of client navigations against their headers: keep it.
  const rsc = request.nextUrl.searchParams.get("_rsc");
  if (rsc !== null) target.searchParams.set("_rsc", rsc);
  return NextResponse.rewrite(target);
}

export const config = {
  matcher: ["/", "/officials/:name", "/topics/:slug", "/reporters/:name", "/admin", "/admin/:path*", "/api/admin/:path*"],
};
