import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, generateNonce } from "./csp";

describe("content security policy", () => {
  it("lets only nonce-carrying scripts run in the admin, and forbids framing", () => {
    const policy = contentSecurityPolicy({ isDev: false, nonce: "abc123" });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("'unsafe-inline' ");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("form-action 'self'");
  });

  it("allows eval only in development", () => {
    expect(contentSecurityPolicy({ isDev: true, nonce: "n" })).toContain("'unsafe-eval'");
  });

  it("makes a fresh 128-bit nonce per request", () => {
    const a = generateNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(generateNonce()).not.toBe(a);
  });
});
