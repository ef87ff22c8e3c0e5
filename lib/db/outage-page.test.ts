import { describe, expect, it } from "vitest";
import { UNAVAILABLE_TITLE } from "./outage-messages";
import { renderOutagePage } from "./outage-page";

describe("renderOutagePage", () => {
  it("says in Chinese that the archive is temporarily unavailable, with a retry link to the same address", () => {
    const html = renderOutagePage("/topics/epidemic-control?page=2");
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain(UNAVAILABLE_TITLE);
    expect(html).toContain('<a class="action" href="/topics/epidemic-control?page=2">重试</a>');
  });

  it("escapes the address, so a crafted query cannot inject markup", () => {
    const html = renderOutagePage(`/?q="><script>alert(1)</script>&x='`);
    expect(html).not.toContain("<script>");
    expect(html).toContain('href="/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;x=&#39;"');
  });

  it("has no script and no English error text", () => {
    const html = renderOutagePage("/");
    expect(html).not.toMatch(/<script/i);
    expect(html.replace(/<style>[\s\S]*<\/style>/, "").replace(/<[^>]+>/g, "")).not.toMatch(/error|exception|unavailable|stack/i);
  });
});
