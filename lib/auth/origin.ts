// Cross-site request check for the admin's route handlers (pure). Server actions get the
// same check from Next itself (Origin against Host); route handlers do not, so proxy.ts
// applies this to every state-changing request under /api/admin.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * The request's Origin names the host it was sent to. A missing Origin is refused too:
 * every browser sends one on cross-origin and same-origin POSTs alike.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
