// Runs before every /admin and /api/admin request: a nonce-based Content-Security-Policy for
// the admin pages, a cross-site check for state-changing API requests, and an early redirect
// to sign-in when there is no session cookie at all. This is only a first gate: every admin
// page, action and route handler checks the session itself.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, generateNonce } from "@/lib/auth/csp";
import { isSameOrigin, isStateChanging } from "@/lib/auth/origin";
import { SESSION_COOKIE_NAME } from "@/lib/auth/token";

const LOGIN_PATH = "/admin/login";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
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

export const config = {
  matcher: ["/admin", "/admin/:path*", "/api/admin/:path*"],
};
