// Content-Security-Policy values (pure). Reader pages get a static policy from next.config.js;
// the admin gets a per-request nonce from proxy.ts, so no inline script runs without it.

export interface CspOptions {
  isDev: boolean;
  /** Per-request nonce: when given, only scripts carrying it (and what they load) run. */
  nonce?: string;
}

export function contentSecurityPolicy({ isDev, nonce }: CspOptions): string {
  // React needs eval in development only (server error stacks); never in production.
  const evalSource = isDev ? " 'unsafe-eval'" : "";
  // Without a nonce, Next's inline bootstrap scripts (self.__next_f.push) need 'unsafe-inline'.
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'${evalSource}` : `'self' 'unsafe-inline'${evalSource}`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: a fresh nonce per request. */
export function generateNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
